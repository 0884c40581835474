namespace PromoMonth.Licensing.Domain;

/// <summary>Which rule refused a grant: the caller fixes each in a different way.</summary>
public enum LicenseRefusalKind
{
    /// <summary>The licensee is unknown or does not meet the preconditions (not approved, cancelled, no commitment).</summary>
    Precondition,

    /// <summary>The validity asked for is not one a licence may have.</summary>
    Validity,
}

namespace PromoMonth.Licensing.Domain;

/// <summary>A licence's state. Expired is never stored: it follows from the clock and the validity.</summary>
public enum LicenseStatus
{
    Active,
    Suspended,
    Revoked,
    Expired,
}

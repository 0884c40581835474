namespace PromoMonth.Licensing.Domain;

/// <summary>Why a grant is refused, in words the caller reads.</summary>
public sealed record LicenseRefusal(LicenseRefusalKind Kind, string Reason);

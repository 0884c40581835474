namespace PromoMonth.Licensing.Domain;

/// <summary>
/// What a grant gives, once the rules accept it: a licensee that may be licensed, its campaign, the validity end, and the
/// reporting unit that grants by delegation (null when the ministry grants).
/// </summary>
public sealed record LicenseTerms(ILicensable Licensee, string CampaignCode, DateTimeOffset ValidUntil, string? GrantingUnit = null);

namespace PromoMonth.Licensing.Domain;

/// <summary>What a grant gives, once the rules accept it: a licensee that may be licensed, its campaign, the validity end.</summary>
public sealed record LicenseTerms(ILicensable Licensee, string CampaignCode, DateTimeOffset ValidUntil);

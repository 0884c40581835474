using PromoMonth.Licensing.Domain;

namespace PromoMonth.Licensing.Apis;

/// <summary>A licence as the API shows it: its status as of the answer, and the address its QR code opens.</summary>
public sealed record LicenseResponse(
    Guid Id, string Number, Guid CampaignId, LicenseeKind LicenseeKind, Guid LicenseeId, string LicenseePublicName, string RegionCode,
    LicenseScope Scope, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil, LicenseStatus Status, string GrantedBy,
    IReadOnlyList<LicenseChange> History, string VerificationUrl)
{
    public static LicenseResponse From(License l, DateTimeOffset now, string publicBaseUrl) =>
        new(l.Id, l.Number, l.CampaignId, l.LicenseeKind, l.LicenseeId, l.LicenseePublicName, l.RegionCode, l.Scope, l.ValidFrom,
            l.ValidUntil, l.StatusAt(now), l.GrantedBy, l.History, $"{publicBaseUrl.TrimEnd('/')}/verify/{l.Number}");
}

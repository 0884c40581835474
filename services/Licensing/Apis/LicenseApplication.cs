using PromoMonth.Licensing.Domain;

namespace PromoMonth.Licensing.Apis;

/// <summary>A grant request that reads: whom to license, where the mark may be shown, and the validity asked for.</summary>
public sealed record LicenseApplication(
    LicenseeKind Kind, Guid LicenseeId, IReadOnlyList<string> Venues, IReadOnlyList<string> OnlineChannels, DateTimeOffset? ValidUntil);

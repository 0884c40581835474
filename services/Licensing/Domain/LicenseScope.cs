namespace PromoMonth.Licensing.Domain;

/// <summary>What a licence covers: the activities, venues and online channels where the mark may be shown.</summary>
public sealed record LicenseScope(IReadOnlyList<Guid> Activities, IReadOnlyList<string> Venues, IReadOnlyList<string> OnlineChannels);

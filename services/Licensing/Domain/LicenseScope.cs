namespace PromoMonth.Licensing.Domain;

/// <summary>What a licence covers: the activities, venues and online channels where the mark may be shown.</summary>
public sealed record LicenseScope(IReadOnlyList<Guid> Activities, IReadOnlyList<string> Venues, IReadOnlyList<string> OnlineChannels);

/// <summary>One step in a licence's history: who, when, why.</summary>
public sealed record LicenseChange(string Action, LicenseStatus To, string By, DateTimeOffset At, string? Reason);

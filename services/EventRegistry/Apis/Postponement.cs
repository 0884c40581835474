namespace PromoMonth.EventRegistry.Apis;

/// <summary>New dates, the end on or after the start, and why.</summary>
public sealed record Postponement(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Reason);

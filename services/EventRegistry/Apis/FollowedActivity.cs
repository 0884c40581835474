using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>An activity the caller follows: what it is, where it stands now, and since when it is followed.</summary>
public sealed record FollowedActivity(
    Guid ActivityId, string Title, string RegionCode, ActivityStatus Status, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    DateTimeOffset FollowedAt);

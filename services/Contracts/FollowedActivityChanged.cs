namespace PromoMonth.Contracts;

/// <summary>
/// A change to an activity that clients follow, with the followers as the registry knew them when the change was stored:
/// the registry owns following, so whoever tells the followers needs no copy of it and no race with a new follow.
/// </summary>
public sealed record FollowedActivityChanged
{
    public required Guid ActivityId { get; init; }
    public required string RegionCode { get; init; }
    public required string Title { get; init; }
    /// <summary>approved, postponed, cancelled or safety_incident_flagged.</summary>
    public required string Change { get; init; }
    public required IReadOnlyList<string> Followers { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
    public DateTimeOffset? PreviousStartsAt { get; init; }
    public DateTimeOffset? PreviousEndsAt { get; init; }
    public string? Reason { get; init; }
    /// <summary>The kind of incident, for a safety flag; its summary stays with the ministry.</summary>
    public string? IncidentKind { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

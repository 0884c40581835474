namespace PromoMonth.EventRegistry.Domain;

/// <summary>One step in an activity's history: who did what, when, why; a postponement keeps the old dates.</summary>
public sealed class ActivityTransition
{
    public long Id { get; private init; }
    public Guid ActivityId { get; private init; }
    public ActivityAction Action { get; private init; }
    public ActivityStatus? From { get; private init; }
    public ActivityStatus To { get; private init; }
    public string By { get; private init; } = string.Empty;
    public DateTimeOffset At { get; private init; }
    public string? Reason { get; private init; }
    public DateTimeOffset? PreviousStartsAt { get; private init; }
    public DateTimeOffset? PreviousEndsAt { get; private init; }

    public static ActivityTransition Record(Guid activityId, ActivityAction action, ActivityStatus? from, ActivityStatus to, string by,
        DateTimeOffset at, string? reason = null, DateTimeOffset? previousStartsAt = null, DateTimeOffset? previousEndsAt = null) =>
        new()
        {
            ActivityId = activityId,
            Action = action,
            From = from,
            To = to,
            By = by,
            At = at.ToUniversalTime(),
            Reason = reason,
            // Stored as timestamptz, which holds instants: the caller's offset is not kept (the details keep it).
            PreviousStartsAt = previousStartsAt?.ToUniversalTime(),
            PreviousEndsAt = previousEndsAt?.ToUniversalTime(),
        };
}

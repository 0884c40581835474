using PromoMonth.Contracts;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.EventRegistry.Infrastructure;

/// <summary>A change to an activity that its followers hear of, in the words of <see cref="FollowedActivityChanged"/>.</summary>
public sealed record FollowedChange(
    Activity Activity, string Change, DateTimeOffset OccurredAt, string? Reason = null,
    DateTimeOffset? PreviousStartsAt = null, DateTimeOffset? PreviousEndsAt = null, string? IncidentKind = null)
{
    public FollowedActivityChanged ToContract(IReadOnlyList<string> followers) => new()
    {
        ActivityId = Activity.Id,
        RegionCode = Activity.RegionCode,
        Title = Activity.Details.Title,
        Change = Change,
        Followers = followers,
        StartsAt = Activity.Details.StartsAt,
        EndsAt = Activity.Details.EndsAt,
        PreviousStartsAt = PreviousStartsAt,
        PreviousEndsAt = PreviousEndsAt,
        Reason = Reason,
        IncidentKind = IncidentKind,
        OccurredAt = OccurredAt,
    };
}

/// <summary>Which of the registry's domain events its followers hear of: approval, postponement, cancellation, a safety flag.</summary>
public static class FollowedChanges
{
    public static FollowedChange? Of(IDomainEvent domainEvent) => domainEvent switch
    {
        ActivityApprovedDomainEvent e => new(e.Activity, "approved", e.ApprovedAt),
        ActivityPostponedDomainEvent e => new(
            e.Activity, "postponed", e.Activity.UpdatedAt, e.Reason, e.PreviousStartsAt, e.PreviousEndsAt),
        ActivityCancelledDomainEvent e => new(e.Activity, "cancelled", e.CancelledAt, e.Reason),
        ActivitySafetyFlaggedDomainEvent e => new(e.Activity, "safety_incident_flagged", e.FlaggedAt, IncidentKind: e.IncidentKind),
        _ => null,
    };
}

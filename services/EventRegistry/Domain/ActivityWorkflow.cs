using System.Collections.Frozen;

namespace PromoMonth.EventRegistry.Domain;

/// <summary>
/// The review workflow: draft → submitted → approved (or returned with a reason, editable again) → cancelled or
/// postponed (new dates, old kept) → completed after its end. Every pair not listed here is refused with 409.
/// </summary>
public static class ActivityWorkflow
{
    /// <summary>The states whose activities appear in catalog releases (approved once and not cancelled).</summary>
    public static readonly IReadOnlyList<ActivityStatus> CatalogStatuses =
        [ActivityStatus.Approved, ActivityStatus.Postponed, ActivityStatus.Completed];

    private static readonly FrozenDictionary<ActivityAction, (ActivityStatus[] From, ActivityStatus? To)> Transitions =
        new Dictionary<ActivityAction, (ActivityStatus[] From, ActivityStatus? To)>
        {
            [ActivityAction.Edit] = ([ActivityStatus.Draft, ActivityStatus.Returned], null),
            [ActivityAction.Submit] = ([ActivityStatus.Draft, ActivityStatus.Returned], ActivityStatus.Submitted),
            [ActivityAction.Approve] = ([ActivityStatus.Submitted], ActivityStatus.Approved),
            [ActivityAction.Return] = ([ActivityStatus.Submitted], ActivityStatus.Returned),
            [ActivityAction.Cancel] = ([ActivityStatus.Approved, ActivityStatus.Postponed], ActivityStatus.Cancelled),
            [ActivityAction.Postpone] = ([ActivityStatus.Approved, ActivityStatus.Postponed], ActivityStatus.Postponed),
            [ActivityAction.Complete] = ([ActivityStatus.Approved, ActivityStatus.Postponed], ActivityStatus.Completed),
        }.ToFrozenDictionary();

    public static bool IsAllowed(ActivityAction action, ActivityStatus from) =>
        Transitions.TryGetValue(action, out var rule) && rule.From.Contains(from);

    /// <summary>The status after <paramref name="action"/>; an edit keeps the status.</summary>
    public static ActivityStatus Next(ActivityAction action, ActivityStatus from) =>
        IsAllowed(action, from)
            ? Transitions[action].To ?? from
            : throw ActivityConflict.Transition(action, from);

    /// <summary>Whether the activity appears in catalog releases (it was approved and is not cancelled).</summary>
    public static bool IsInCatalog(ActivityStatus status) => CatalogStatuses.Contains(status);
}

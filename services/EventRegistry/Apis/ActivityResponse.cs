using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.EventRegistry.Apis;

public sealed record TransitionResponse(string Action, ActivityStatus? From, ActivityStatus To, string By, DateTimeOffset At, string? Reason,
    DateTimeOffset? PreviousStartsAt, DateTimeOffset? PreviousEndsAt);

/// <summary>An activity as the registry API shows it to the ministry and its own unit, with its whole history.</summary>
public sealed record ActivityResponse(
    Guid Id,
    Guid CampaignId,
    ActivityStatus Status,
    ActivityDetails Details,
    bool OutsideCampaignWindow,
    bool SafetyFlagged,
    IReadOnlyList<SafetyIncident> SafetyIncidents,
    IReadOnlyList<TransitionResponse> History,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ActivityResponse From(Activity a, CampaignWindow window) =>
        new(a.Id, a.CampaignId, a.Status, a.Details, a.IsOutsideWindow(window), a.SafetyFlagged, a.SafetyIncidents,
            [.. a.History.OrderBy(t => t.At).ThenBy(t => t.Id).Select(t => new TransitionResponse(
                char.ToLowerInvariant(t.Action.ToString()[0]) + t.Action.ToString()[1..], t.From, t.To, t.By, t.At, t.Reason, t.PreviousStartsAt, t.PreviousEndsAt))],
            a.CreatedAt, a.UpdatedAt);
}

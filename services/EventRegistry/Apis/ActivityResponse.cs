using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.EventRegistry.Apis;

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
            [.. a.History.OrderBy(t => t.At).ThenBy(t => t.Id).Select(TransitionResponse.Of)],
            a.CreatedAt, a.UpdatedAt);
}

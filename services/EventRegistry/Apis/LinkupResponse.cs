using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>A link-up as the ministry and its region see it, liaison included.</summary>
public sealed record LinkupResponse(Guid Id, Guid CampaignId, string RegionCode, DateTimeOffset SlotStartsAt, DateTimeOffset SlotEndsAt,
    string Venue, string? LiaisonName, string? LiaisonPhone, Readiness Readiness, string? ReadinessNotes, DateTimeOffset? CheckedAt)
{
    public static LinkupResponse From(LaunchLinkup l) =>
        new(l.Id, l.CampaignId, l.RegionCode, l.SlotStartsAt, l.SlotEndsAt, l.Venue, l.LiaisonName, l.LiaisonPhone, l.Readiness,
            l.ReadinessNotes, l.CheckedAt);
}

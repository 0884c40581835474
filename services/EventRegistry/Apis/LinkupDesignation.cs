using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>A link-up as its request validated: the campaign, the region, its slot and venue.</summary>
public sealed record LinkupDesignation(
    Campaign Campaign, string RegionCode, DateTimeOffset SlotStartsAt, DateTimeOffset SlotEndsAt, string Venue);

using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>A new activity as its request validated: the details, and the campaign it is registered for.</summary>
public sealed record ActivityDraft(Campaign Campaign, ActivityDetails Details);

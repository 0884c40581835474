using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>A registration as its request validated: the campaign it names and the enterprise's facts.</summary>
public sealed record EnterpriseIntake(Campaign Campaign, EnterpriseFacts Facts);

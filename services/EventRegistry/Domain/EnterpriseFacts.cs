using PromoMonth.Contracts;

namespace PromoMonth.EventRegistry.Domain;

/// <summary>What a registration says about an enterprise, every field checked; the reason matters only out of region.</summary>
public sealed record EnterpriseFacts(
    UnifiedSocialCreditCode CreditCode,
    string Name,
    string RegionCode,
    string? Address,
    string? Industry,
    EnterpriseContact? Contact,
    string? OutOfRegionReason);

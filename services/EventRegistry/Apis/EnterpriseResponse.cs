using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>A key enterprise as the registry API shows it to the ministry and its own unit.</summary>
public sealed record EnterpriseResponse(Guid Id, Guid CampaignId, string CreditCode, string Name, string RegionCode, string? Address,
    string? Industry, EnterpriseContact? Contact, CommitmentLetter? Commitment, DateTimeOffset RegisteredAt,
    OutOfRegionRegistration? OutOfRegion)
{
    /// <summary>Whether the ministry registered it outside its credit code's region; <see cref="OutOfRegion"/> says who and why.</summary>
    public bool RegisteredOutOfRegion => OutOfRegion is not null;

    public static EnterpriseResponse From(KeyEnterprise e) =>
        new(e.Id, e.CampaignId, e.CreditCode, e.Name, e.RegionCode, e.Address, e.Industry, e.Contact, e.Commitment, e.RegisteredAt,
            e.OutOfRegion);
}

namespace PromoMonth.Contracts;

/// <summary>A key enterprise (重点企业) was registered by its reporting unit for a campaign.</summary>
public sealed record EnterpriseRegistered
{
    public required Guid EnterpriseId { get; init; }
    /// <summary>Absent only on events written before campaigns existed.</summary>
    public Guid? CampaignId { get; init; }
    public required string CreditCode { get; init; }
    public required string Name { get; init; }
    public required string RegionCode { get; init; }
    public required DateTimeOffset RegisteredAt { get; init; }
}

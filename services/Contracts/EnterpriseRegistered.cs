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
    /// <summary>The campaign's code and last day (Asia/Shanghai), so that consumers need not ask the registry.</summary>
    public string? CampaignCode { get; init; }
    public DateOnly? CampaignEndsOn { get; init; }
    public required DateTimeOffset RegisteredAt { get; init; }
}

namespace PromoMonth.Contracts;

/// <summary>A key enterprise signed the safety, integrity and self-discipline commitment letter (安全、诚信、行业自律承诺书).</summary>
public sealed record CommitmentSigned
{
    public required Guid EnterpriseId { get; init; }
    public required Guid CampaignId { get; init; }
    public required string CreditCode { get; init; }
    public required string RegionCode { get; init; }
    /// <summary>The campaign's code and last day (Asia/Shanghai), so that consumers need not ask the registry.</summary>
    public string? CampaignCode { get; init; }
    public DateOnly? CampaignEndsOn { get; init; }
    public required DateOnly SignedOn { get; init; }
}

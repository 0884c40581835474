namespace PromoMonth.Contracts;

/// <summary>The ministry approved a key activity (重点活动); it enters the next catalog release.</summary>
public sealed record ActivityApproved
{
    public required Guid ActivityId { get; init; }
    public required Guid CampaignId { get; init; }
    public required string Title { get; init; }
    public required string RegionCode { get; init; }
    /// <summary>The campaign's code and last day (Asia/Shanghai), so that consumers need not ask the registry.</summary>
    public string? CampaignCode { get; init; }
    public DateOnly? CampaignEndsOn { get; init; }
    public required string CityCode { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
    public required IReadOnlyList<Guid> ParticipatingEnterpriseIds { get; init; }
    public required DateTimeOffset ApprovedAt { get; init; }
}

namespace PromoMonth.Contracts;

/// <summary>A region's launch link-up passed or failed its technical readiness check.</summary>
public sealed record LinkupReadinessReported
{
    public required Guid LinkupId { get; init; }
    public required Guid CampaignId { get; init; }
    public required string RegionCode { get; init; }
    /// <summary>ready or failed.</summary>
    public required string Readiness { get; init; }
    public required DateTimeOffset SlotStartsAt { get; init; }
    public required DateTimeOffset CheckedAt { get; init; }
}

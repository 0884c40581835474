namespace PromoMonth.Contracts;

/// <summary>An activity was cancelled; licences bound to it end.</summary>
public sealed record ActivityCancelled
{
    public required Guid ActivityId { get; init; }
    public required Guid CampaignId { get; init; }
    public required string RegionCode { get; init; }
    public required string Reason { get; init; }
    public required DateTimeOffset CancelledAt { get; init; }
}

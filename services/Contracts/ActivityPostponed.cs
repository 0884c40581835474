namespace PromoMonth.Contracts;

/// <summary>An activity moved to new dates; the old ones are kept in its history.</summary>
public sealed record ActivityPostponed
{
    public required Guid ActivityId { get; init; }
    public required Guid CampaignId { get; init; }
    public required string RegionCode { get; init; }
    public required DateTimeOffset PreviousStartsAt { get; init; }
    public required DateTimeOffset PreviousEndsAt { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
    public required string Reason { get; init; }
}

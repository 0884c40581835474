namespace PromoMonth.Contracts;

/// <summary>A reporting unit submitted its campaign summary (活动总结), tied to its whole-campaign report.</summary>
public sealed record SummarySubmitted
{
    public required string RegionCode { get; init; }
    public required string CampaignCode { get; init; }
    public required Guid ReportId { get; init; }
    public required bool Late { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
}

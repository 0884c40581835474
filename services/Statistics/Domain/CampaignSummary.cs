namespace PromoMonth.Statistics.Domain;

/// <summary>
/// A unit's campaign summary (活动总结), tied to its whole-campaign report: the overall situation, main experiences
/// and practices, and work recommendations the notice asks for.
/// </summary>
public sealed class CampaignSummary
{
    public required string RegionCode { get; init; }
    public required string CampaignCode { get; init; }
    public required Guid ReportId { get; set; }
    public required string OverallSituation { get; set; }
    public required string Experiences { get; set; }
    public required string Recommendations { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public bool Late { get; set; }
    public required string SubmittedBy { get; set; }
}

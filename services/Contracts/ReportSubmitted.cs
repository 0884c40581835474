namespace PromoMonth.Contracts;

/// <summary>A reporting unit submitted (or, before the lock or by an approved correction, resubmitted) its report for a period.</summary>
public sealed record ReportSubmitted
{
    public required Guid ReportId { get; init; }
    public required string RegionCode { get; init; }
    public required string PeriodCode { get; init; }
    public required string CampaignCode { get; init; }
    public required int Version { get; init; }
    public required bool Late { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
}

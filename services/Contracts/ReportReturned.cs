namespace PromoMonth.Contracts;

/// <summary>The ministry returned a unit's report with a reason, for the unit to correct and resubmit.</summary>
public sealed record ReportReturned
{
    public required Guid ReportId { get; init; }
    public required string RegionCode { get; init; }
    public required string PeriodCode { get; init; }
    public required string CampaignCode { get; init; }
    public required int Version { get; init; }
    public required string Reason { get; init; }
    public required DateTimeOffset ReturnedAt { get; init; }
}

namespace PromoMonth.Contracts;

/// <summary>
/// The ministry accepted a unit's report at this version: its figures count at the accepted level and the unit can no
/// longer change them.
/// </summary>
public sealed record ReportAccepted
{
    public required Guid ReportId { get; init; }
    public required string RegionCode { get; init; }
    public required string PeriodCode { get; init; }
    public required string CampaignCode { get; init; }
    public required int Version { get; init; }
    public required DateTimeOffset AcceptedAt { get; init; }
}

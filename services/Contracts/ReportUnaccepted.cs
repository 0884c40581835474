namespace PromoMonth.Contracts;

/// <summary>The ministry took back its acceptance of a unit's report, with a reason: the unit may change it again.</summary>
public sealed record ReportUnaccepted
{
    public required Guid ReportId { get; init; }
    public required string RegionCode { get; init; }
    public required string PeriodCode { get; init; }
    public required string CampaignCode { get; init; }
    public required int Version { get; init; }
    public required string Reason { get; init; }
    public required DateTimeOffset UnacceptedAt { get; init; }
}

namespace PromoMonth.Contracts;

/// <summary>
/// A reporting unit has not yet submitted and the period falls due within the warning's lead (one working day unless
/// configured); sent once per unit and period.
/// </summary>
public sealed record ReportDeadlineApproaching
{
    public required string RegionCode { get; init; }
    public required string PeriodCode { get; init; }
    public required DateTimeOffset DueAt { get; init; }
    public required DateTimeOffset NoticedAt { get; init; }
}

namespace PromoMonth.Contracts;

/// <summary>A reporting unit has not yet submitted and the period falls due soon; sent once per unit and period.</summary>
public sealed record ReportReminderDue
{
    public required string RegionCode { get; init; }
    public required string PeriodCode { get; init; }
    public required DateTimeOffset DueAt { get; init; }
    public required DateTimeOffset RemindedAt { get; init; }
}

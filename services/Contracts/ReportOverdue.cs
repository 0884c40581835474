namespace PromoMonth.Contracts;

/// <summary>A reporting unit had not submitted its report when the period fell due; announced once per unit and period.</summary>
public sealed record ReportOverdue
{
    public required string RegionCode { get; init; }
    public required string PeriodCode { get; init; }
    public required DateTimeOffset DueAt { get; init; }
    public required DateTimeOffset NoticedAt { get; init; }
}

namespace PromoMonth.Statistics.Domain.Reports;

public enum CorrectionStatus
{
    Pending,
    Approved,
    Rejected,

    /// <summary>Approved, and spent by the one save it allowed.</summary>
    Used,
}

/// <summary>A unit asks to change a locked report, with a reason; an approval opens that one report for one save.</summary>
public sealed class CorrectionRequest
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string RegionCode { get; init; }
    public required string PeriodCode { get; init; }
    public required string Reason { get; init; }
    public CorrectionStatus Status { get; set; }
    public required DateTimeOffset RequestedAt { get; init; }
    public required string RequestedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? DecisionNote { get; set; }
}

namespace PromoMonth.Statistics.Domain.Reports;

public enum CorrectionStatus
{
    Pending,
    Approved,
    Rejected,

    /// <summary>Approved, and spent by the one save it allowed.</summary>
    Used,
}

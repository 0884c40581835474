namespace PromoMonth.Statistics.Domain.Reports;

public enum ReportStatus
{
    Draft,
    Submitted,
}

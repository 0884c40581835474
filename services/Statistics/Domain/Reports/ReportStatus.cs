namespace PromoMonth.Statistics.Domain.Reports;

/// <summary>
/// Where a report stands, as DHIS2's data approval has it: a unit submits, the ministry accepts it (locking it for the
/// unit) or returns it with a reason (the unit resubmits). Every status but <see cref="Draft"/> holds submitted figures.
/// </summary>
public enum ReportStatus
{
    Draft,
    Submitted,
    Accepted,
    Returned,
}

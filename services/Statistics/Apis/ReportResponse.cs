using PromoMonth.Statistics.Domain.Forms;
using PromoMonth.Statistics.Domain.Periods;
using PromoMonth.Statistics.Domain.Reports;

namespace PromoMonth.Statistics.Apis;

public sealed record ReportResponse(
    Guid Id, string RegionCode, string PeriodCode, int FormVersion, ReportStatus Status,
    Dictionary<string, decimal> Values, Dictionary<string, decimal> WithComputed,
    List<CityValues> Cities, List<EnterpriseValues> Enterprises,
    int Version, DateTimeOffset? FirstSubmittedAt, DateTimeOffset? SubmittedAt, bool Late, bool Locked,
    List<OutlierFlag> Outliers, DateTimeOffset UpdatedAt, string UpdatedBy, List<ApprovalStep> Approvals)
{
    public static ReportResponse From(Report report, StatisticsForm? form, ReportingPeriod period, DateTimeOffset now) => new(
        report.Id, report.RegionCode, report.PeriodCode, report.FormVersion, report.Status,
        report.Content.Values,
        form is null ? report.Content.Values : FormArithmetic.WithComputed(form.Indicators, report.Content.Values),
        [.. report.Content.Cities.Select(c => new CityValues(c.Key, c.Values))],
        [.. report.Content.Enterprises.Select(e => new EnterpriseValues(e.Key, e.Values))],
        report.Version, report.FirstSubmittedAt, report.SubmittedAt, report.Late, period.IsLocked(now),
        report.Outliers, report.UpdatedAt, report.UpdatedBy, report.Approvals);
}

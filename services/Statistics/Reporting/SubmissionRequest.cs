using PromoMonth.Statistics.Domain.Reports;

namespace PromoMonth.Statistics.Reporting;

/// <summary>One report to save: a draft, or a submission.</summary>
public sealed record SubmissionRequest(string RegionCode, string PeriodCode, ReportContent Content, bool Submit,
    string? IdempotencyKey = null);

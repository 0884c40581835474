using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Domain.Reports;

namespace PromoMonth.Statistics.Reporting;

/// <summary>The reports whose figures count at a level: every submitted one (accepted and returned included), or the accepted.</summary>
public static class ReportLevels
{
    public static IQueryable<Report> Counting(this IQueryable<Report> reports, FigureLevel level) => level == FigureLevel.Accepted
        ? reports.Where(r => r.Status == ReportStatus.Accepted)
        : reports.Where(r => r.Status != ReportStatus.Draft);
}

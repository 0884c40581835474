using Microsoft.EntityFrameworkCore;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Infrastructure;

namespace PromoMonth.Statistics.Reporting;

/// <summary>
/// The ministry's approval steps on a report: the report decides (accept, return, unaccept) and raises its event; the
/// accepted level's national totals take the report in or out in the same transaction (the caller then drops the
/// cached roll-ups, as after a submission). A save of the report at the same moment changes its row version, so one of
/// the two fails instead of both landing.
/// </summary>
public sealed class ReportApprovals(StatisticsDbContext db, TimeProvider clock)
{
    /// <returns>The report in its new state, or null when there is none for the period and unit.</returns>
    public async Task<Report?> DecideAsync(string periodCode, string regionCode, Action<Report, string, DateTimeOffset> step,
        CancellationToken cancellationToken)
    {
        var report = await db.Reports
            .SingleOrDefaultAsync(r => r.PeriodCode == periodCode && r.RegionCode == regionCode, cancellationToken);
        if (report is null)
        {
            return null;
        }
        var campaign = await db.Periods.Where(p => p.Code == periodCode).Select(p => p.CampaignCode).SingleAsync(cancellationToken);
        var wasAccepted = report.Status == ReportStatus.Accepted;
        step(report, campaign, clock.GetUtcNow());
        var isAccepted = report.Status == ReportStatus.Accepted;
        var accepted = new RunningTotals(FigureLevel.Accepted);
        accepted.Add(periodCode, wasAccepted ? report.Content.Values : null, isAccepted ? report.Content.Values : null);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            await accepted.MoveAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return report;
    }
}

using Microsoft.EntityFrameworkCore;
using PromoMonth.ServiceDefaults.Gauges;
using PromoMonth.Statistics.Domain.Reports;

namespace PromoMonth.Statistics.Infrastructure;

/// <summary>Reports submitted for each period still open to submissions (not yet locked), of the 37 expected.</summary>
internal sealed class ReportGauges(GaugeWatchContext context, ILogger<ReportGauges> logger)
    : GaugeWatch<StatisticsDbContext>(context, logger)
{
    protected override string Job => "report gauges";

    protected override async Task SampleAsync(StatisticsDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var complete = await db.Periods.Where(p => p.LockAt > now)
            .Select(p => new
            {
                p.Code,
                Submitted = db.Reports.LongCount(r => r.PeriodCode == p.Code && r.Status != ReportStatus.Draft),
            })
            .ToListAsync(cancellationToken);
        Gauges.Record("promomonth.statistics.reports_complete", "{report}",
            "Reports submitted for each period still open to submissions, of 37 (tag period)",
            [.. complete.Select(p => BusinessGauges.Of(p.Submitted, "period", p.Code))]);
    }
}

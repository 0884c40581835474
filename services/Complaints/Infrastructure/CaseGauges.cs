using Microsoft.EntityFrameworkCore;
using PromoMonth.Complaints.Domain;
using PromoMonth.ServiceDefaults.Gauges;

namespace PromoMonth.Complaints.Infrastructure;

/// <summary>Cases open and, of those, past their acceptance deadline, as gauges (the triage queue counts as a region).</summary>
internal sealed class CaseGauges(GaugeWatchContext context, ILogger<CaseGauges> logger)
    : GaugeWatch<ComplaintsDbContext>(context, logger)
{
    protected override string Job => "case gauges";

    protected override async Task SampleAsync(ComplaintsDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = await db.Cases
            .Where(c => c.Status == CaseStatus.Received || c.Status == CaseStatus.Accepted || c.Status == CaseStatus.InMediation)
            .GroupBy(c => c.ResponsibleRegion)
            .Select(g => new
            {
                Region = g.Key,
                Open = g.LongCount(),
                Overdue = g.LongCount(c => c.Status == CaseStatus.Received && c.SuspendedSince == null && c.AcceptanceDueAt <= now),
            })
            .ToListAsync(cancellationToken);
        Gauges.Record("promomonth.complaints.cases_open", "{case}", "Cases received and not yet closed (tag region)",
            [.. open.Select(r => BusinessGauges.Of(r.Open, "region", r.Region ?? "triage"))]);
        Gauges.Record("promomonth.complaints.cases_overdue", "{case}", "Open cases past their acceptance deadline (tag region)",
            [.. open.Select(r => BusinessGauges.Of(r.Overdue, "region", r.Region ?? "triage"))]);
    }
}

using Microsoft.EntityFrameworkCore;
using PromoMonth.Licensing.Domain;
using PromoMonth.ServiceDefaults.Gauges;

namespace PromoMonth.Licensing.Infrastructure;

/// <summary>Licences by status (active, suspended, revoked, expired) as the gauge promomonth.licensing.licences.</summary>
internal sealed class LicenseGauges(GaugeWatchContext context, ILogger<LicenseGauges> logger)
    : GaugeWatch<LicensingDbContext>(context, logger)
{
    protected override string Job => "licence gauges";

    protected override async Task SampleAsync(LicensingDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var counts = await db.Licenses
            .GroupBy(l => new { l.StoredStatus, Lapsed = l.ValidUntil <= now })
            .Select(g => new { g.Key.StoredStatus, g.Key.Lapsed, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        long Of(LicenseStatus status) => counts
            .Where(c => (c.StoredStatus == LicenseStatus.Active && c.Lapsed ? LicenseStatus.Expired : c.StoredStatus) == status)
            .Sum(c => c.Count);
        Gauges.Record("promomonth.licensing.licences", "{licence}", "Licences by status (tag status)",
            [.. Enum.GetValues<LicenseStatus>().Select(s => BusinessGauges.Of(Of(s), "status", s.ToString().ToLowerInvariant()))]);
    }
}

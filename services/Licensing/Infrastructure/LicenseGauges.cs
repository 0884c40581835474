using Microsoft.EntityFrameworkCore;
using PromoMonth.Licensing.Domain;
using PromoMonth.ServiceDefaults.Gauges;

namespace PromoMonth.Licensing.Infrastructure;

/// <summary>
/// Licences by status (active, suspended, revoked, expired) as the gauge promomonth.licensing.licences, and by region
/// too for the <see cref="LicenceTally"/> that the campaign board reads.
/// </summary>
internal sealed class LicenseGauges(GaugeWatchContext context, LicenceTally tally, ILogger<LicenseGauges> logger)
    : GaugeWatch<LicensingDbContext>(context, logger)
{
    protected override string Job => "licence gauges";

    protected override async Task SampleAsync(LicensingDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var counts = await db.Licenses
            .GroupBy(l => new { l.RegionCode, l.StoredStatus, Lapsed = l.ValidUntil <= now })
            .Select(g => new { g.Key.RegionCode, g.Key.StoredStatus, g.Key.Lapsed, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        // Expired is read off the clock, never stored: an active licence past its validity.
        var byStatus = counts.Select(c => (c.RegionCode,
            Status: c.StoredStatus == LicenseStatus.Active && c.Lapsed ? LicenseStatus.Expired : c.StoredStatus, c.Count)).ToList();
        tally.Replace(now, byStatus);
        long Of(LicenseStatus status) => byStatus.Where(c => c.Status == status).Sum(c => c.Count);
        Gauges.Record("promomonth.licensing.licences", "{licence}", "Licences by status (tag status)",
            [.. Enum.GetValues<LicenseStatus>().Select(s => BusinessGauges.Of(Of(s), "status", s.ToString().ToLowerInvariant()))]);
    }
}

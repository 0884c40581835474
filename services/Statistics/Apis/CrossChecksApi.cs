using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Infrastructure;

namespace PromoMonth.Statistics.Apis;

/// <summary>
/// The ministry's cross-checks for a period: reported activity sessions beside the catalog activities the registry
/// approved for the campaign, licences granted for the mark and complaints received during the period, all learnt
/// from the other services' events.
/// </summary>
public static class CrossChecksApi
{
    public static IEndpointRouteBuilder MapCrossChecksApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/statistics/cross-checks/{periodCode}", Get).WithTags("Cross-checks").WithName("GetCrossChecks")
            .WithSummary("Per unit: reported sessions, catalog activities, licences granted and complaints received")
            .RequireRead(Scopes.Statistics)
            .RequireAuthorization(AccessPolicies.MinistryOnly);
        return app;
    }

    internal static async Task<Results<Ok<List<CrossCheckRow>>, NotFound>> Get(string periodCode, StatisticsDbContext db,
        CancellationToken cancellationToken)
    {
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Code == periodCode, cancellationToken);
        if (period is null)
        {
            return TypedResults.NotFound();
        }
        var sessions = (await db.Reports.AsNoTracking().Where(r => r.PeriodCode == periodCode && r.Status != ReportStatus.Draft)
            .Select(r => new { r.RegionCode, r.Content }).ToListAsync(cancellationToken))
            .ToDictionary(r => r.RegionCode, r => r.Content.Values.TryGetValue("activity_sessions", out var v) ? v : (decimal?)null);
        var activities = await db.CatalogActivities.AsNoTracking().Where(a => a.CampaignCode == period.CampaignCode && !a.Cancelled)
            .GroupBy(a => a.RegionCode).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var licenses = await db.GrantedLicenses.AsNoTracking()
            .GroupBy(l => l.RegionCode).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var complaints = await db.ComplaintCounts.AsNoTracking().Where(c => c.Day >= period.StartsOn && c.Day <= period.EndsOn)
            .GroupBy(c => c.RegionCode).Select(g => new { g.Key, Count = g.Sum(c => c.Received) })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return TypedResults.Ok(ReportingUnits.All.Select(u => new CrossCheckRow(u.Code, u.NameZh, sessions.GetValueOrDefault(u.Code),
            activities.GetValueOrDefault(u.Code), licenses.GetValueOrDefault(u.Code), complaints.GetValueOrDefault(u.Code))).ToList());
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Infrastructure;

namespace PromoMonth.Statistics.Apis;

/// <summary>Values flagged as outliers, for the ministry's follow-up; flags never reject a report.</summary>
public static class OutliersApi
{
    public static IEndpointRouteBuilder MapOutliersApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/statistics/outliers", List).WithTags("Outliers").WithName("ListOutliers")
            .WithSummary("Submitted reports with values far from other units' or from the unit's own history (robust z-score > 3.5)")
            .RequireRead(Scopes.Statistics)
            .RequireAuthorization(AccessPolicies.MinistryOnly);
        return app;
    }

    internal static async Task<Ok<List<FlaggedReport>>> List(StatisticsDbContext db, string? periodCode,
        CancellationToken cancellationToken)
    {
        // Stored as jsonb; reports with flags are few, so the filter runs in the database. xmin is named: * leaves out the
        // system column that the report's row version maps to.
        var flagged = (await db.Reports.FromSql($"""
                SELECT *, xmin FROM reports
                WHERE status <> 'Draft' AND outliers <> '[]'::jsonb AND ({periodCode}::text IS NULL OR period_code = {periodCode})
                ORDER BY period_code, region_code
                LIMIT 1000
                """).AsNoTracking().ToListAsync(cancellationToken))
            .Select(r => new FlaggedReport(r.RegionCode, r.PeriodCode, r.Outliers)).ToList();
        return TypedResults.Ok(flagged);
    }
}

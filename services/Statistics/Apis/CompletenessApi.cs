using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Infrastructure;

namespace PromoMonth.Statistics.Apis;

/// <summary>Completeness and timeliness per period, as DHIS2 reports them: expected, submitted, on time, late, missing.</summary>
public static class CompletenessApi
{
    public static IEndpointRouteBuilder MapCompletenessApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/statistics/periods/{periodCode}/completeness", Get).WithTags("Completeness").WithName("GetCompleteness")
            .WithSummary("Expected units (37), submitted, on time, late and missing; the ministry also sees the missing units' "
                + "responsible contacts")
            .RequireRead(Scopes.Statistics);
        return app;
    }

    internal static async Task<Results<Ok<CompletenessResponse>, NotFound>> Get(string periodCode, ClaimsPrincipal caller,
        StatisticsDbContext db, CancellationToken cancellationToken)
    {
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Code == periodCode, cancellationToken);
        if (period is null)
        {
            return TypedResults.NotFound();
        }
        var submitted = await db.Reports.AsNoTracking().Where(r => r.PeriodCode == periodCode && r.Status == ReportStatus.Submitted)
            .Select(r => new { r.RegionCode, r.Late }).ToListAsync(cancellationToken);
        var expected = ReportingUnits.All;
        var done = submitted.Select(s => s.RegionCode).ToHashSet(StringComparer.Ordinal);
        var missing = expected.Where(u => !done.Contains(u.Code)).ToList();
        var contacts = caller.IsMinistry()
            ? await db.Contacts.AsNoTracking().Where(c => missing.Select(m => m.Code).Contains(c.RegionCode))
                .ToDictionaryAsync(c => c.RegionCode, cancellationToken)
            : [];
        return TypedResults.Ok(new CompletenessResponse(period.Code, period.DueAt, period.LockAt, expected.Count,
            submitted.Count, submitted.Count(s => !s.Late), submitted.Count(s => s.Late), missing.Count,
            [.. missing.Select(m => new MissingUnit(m.Code, m.NameZh, m.NameEn, contacts.GetValueOrDefault(m.Code)))]));
    }
}

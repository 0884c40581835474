using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Statistics.Infrastructure;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Statistics.Apis;

public static class ComplaintCountsApi
{
    public static IEndpointRouteBuilder MapComplaintCountsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/statistics/complaint-counts").WithTags("Complaint counts")
            .MapGet("/", List)
            .WithName("ListComplaintCounts")
            .WithSummary("Cases received per unit and category over a date range (Shanghai days); a unit sees its own")
            .RequireRead(Scopes.Statistics);
        return app;
    }

    internal static async Task<Results<Ok<List<ComplaintCountRow>>, ValidationProblem>> List(
        ClaimsPrincipal caller, StatisticsDbContext db, DateOnly? from, DateOnly? to, string? regionCode,
        CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var days = DateRange.OfDays(from, to, errors);
        if (errors.Any)
        {
            return errors.ToValidationProblem();
        }
        var query = db.ComplaintCounts.AsNoTracking();
        var region = caller.BoundRegion() ?? regionCode;
        if (region is not null)
        {
            query = query.Where(c => c.RegionCode == region);
        }
        if (days.FirstDay is { } first)
        {
            query = query.Where(c => c.Day >= first);
        }
        if (days.LastDay is { } last)
        {
            query = query.Where(c => c.Day <= last);
        }
        var rows = await query.GroupBy(c => new { c.RegionCode, c.Category })
            .Select(g => new { g.Key.RegionCode, g.Key.Category, Received = g.Sum(c => c.Received) })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.OrderBy(r => r.RegionCode, StringComparer.Ordinal).ThenBy(r => r.Category, StringComparer.Ordinal)
            .Select(r => new ComplaintCountRow(r.RegionCode, r.Category, r.Received)).ToList());
    }
}

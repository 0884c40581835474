using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Infrastructure;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Statistics.Apis;

/// <summary>Changing a locked report: the unit asks with a reason; the ministry approves (one save) or rejects.</summary>
public static class CorrectionsApi
{
    public static IEndpointRouteBuilder MapCorrectionsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/statistics/reports/{periodCode}/{regionCode}/corrections", Request)
            .WithTags("Corrections").WithName("RequestCorrection")
            .WithSummary("Ask to change a locked report, with a reason")
            .RequireWrite(Scopes.Statistics)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status409Conflict);
        var corrections = app.MapGroup("/api/statistics/corrections").WithTags("Corrections");
        corrections.MapGet("/", List).WithName("ListCorrections")
            .WithSummary("Correction requests; a unit sees its own; filter by status")
            .RequireRead(Scopes.Statistics);
        corrections.MapPost("/{id:guid}/approve", Approve).WithName("ApproveCorrection")
            .WithSummary("Open the locked report for one save")
            .RequireWrite(Scopes.StatisticsAdmin)
            .ProducesProblem(StatusCodes.Status409Conflict);
        corrections.MapPost("/{id:guid}/reject", Reject).WithName("RejectCorrection")
            .WithSummary("Refuse the change; the report stays locked")
            .RequireWrite(Scopes.StatisticsAdmin)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    internal static async Task<Results<Created<CorrectionRequest>, NotFound, ProblemHttpResult>> Request(
        string periodCode, string regionCode, CorrectionRequestBody body, ClaimsPrincipal caller, StatisticsDbContext db,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        caller.EnsureMayActFor(regionCode);
        if (!body.Validate().IsValid(out var reason, out var errors))
        {
            return errors.ToUnprocessableEntity();
        }
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Code == periodCode, cancellationToken);
        if (period is null)
        {
            return TypedResults.NotFound();
        }
        var earlier = await db.Corrections.AsNoTracking().Where(c => c.PeriodCode == periodCode && c.RegionCode == regionCode)
            .ToListAsync(cancellationToken);
        var correction = CorrectionRequest.Open(regionCode, period, reason, caller.Actor(), clock.GetUtcNow(), earlier);
        db.Corrections.Add(correction);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/statistics/corrections/{correction.Id}", correction);
    }

    internal static async Task<Results<Ok<List<CorrectionRequest>>, ValidationProblem>> List(ClaimsPrincipal caller, StatisticsDbContext db,
        string? status, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var wanted = QueryValues.Enum<CorrectionStatus>(status, "status", errors);
        if (errors.Any)
        {
            return errors.ToValidationProblem();
        }
        var query = db.Corrections.AsNoTracking();
        if (caller.BoundRegion() is { } region)
        {
            query = query.Where(c => c.RegionCode == region);
        }
        if (wanted is not null)
        {
            query = query.Where(c => c.Status == wanted);
        }
        return TypedResults.Ok(await query.OrderBy(c => c.RequestedAt).Take(500).ToListAsync(cancellationToken));
    }

    internal static Task<Results<Ok<CorrectionRequest>, NotFound>> Approve(Guid id, DecisionRequest? body, ClaimsPrincipal caller,
        StatisticsDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        DecideAsync(id, db, correction => correction.Approve(caller.Actor(), clock.GetUtcNow(), DecisionRequest.NoteOf(body)),
            cancellationToken);

    internal static Task<Results<Ok<CorrectionRequest>, NotFound>> Reject(Guid id, DecisionRequest? body, ClaimsPrincipal caller,
        StatisticsDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        DecideAsync(id, db, correction => correction.Reject(caller.Actor(), clock.GetUtcNow(), DecisionRequest.NoteOf(body)),
            cancellationToken);

    private static async Task<Results<Ok<CorrectionRequest>, NotFound>> DecideAsync(Guid id, StatisticsDbContext db,
        Action<CorrectionRequest> decide, CancellationToken cancellationToken)
    {
        var correction = await db.Corrections.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (correction is null)
        {
            return TypedResults.NotFound();
        }
        decide(correction);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(correction);
    }
}

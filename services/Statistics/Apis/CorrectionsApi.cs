using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Infrastructure;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Statistics.Apis;

public sealed record CorrectionRequestBody(string? Reason);

public sealed record DecisionRequest(string? Note);

/// <summary>Changing a locked report: the unit asks with a reason; the ministry approves (one save) or rejects.</summary>
public static class CorrectionsApi
{
    public static IEndpointRouteBuilder MapCorrectionsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/statistics/reports/{periodCode}/{regionCode}/corrections", Request).WithTags("Corrections").WithName("RequestCorrection")
            .WithSummary("Ask to change a locked report, with a reason")
            .RequireWrite(Scopes.Statistics)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status409Conflict);
        var corrections = app.MapGroup("/api/statistics/corrections").WithTags("Corrections");
        corrections.MapGet("/", List).WithName("ListCorrections").WithSummary("Correction requests; a unit sees its own; filter by status")
            .RequireRead(Scopes.Statistics);
        corrections.MapPost("/{id:guid}/approve", Approve).WithName("ApproveCorrection").WithSummary("Open the locked report for one save")
            .RequireWrite(Scopes.StatisticsAdmin)
            .ProducesProblem(StatusCodes.Status409Conflict);
        corrections.MapPost("/{id:guid}/reject", Reject).WithName("RejectCorrection").WithSummary("Refuse the change; the report stays locked")
            .RequireWrite(Scopes.StatisticsAdmin)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    internal static async Task<Results<Created<CorrectionRequest>, ForbidHttpResult, NotFound, ProblemHttpResult>> Request(
        string periodCode, string regionCode, CorrectionRequestBody body, ClaimsPrincipal caller, StatisticsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!caller.MayActFor(regionCode))
        {
            return TypedResults.Forbid();
        }
        if (string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Length > 2000)
        {
            return RequestErrors.Of("reason", "A reason of at most 2,000 characters is required.").ToUnprocessableEntity();
        }
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Code == periodCode, cancellationToken);
        if (period is null)
        {
            return TypedResults.NotFound();
        }
        var now = clock.GetUtcNow();
        if (!period.IsLocked(now))
        {
            return TypedResults.Problem($"Period {periodCode} is not locked until {period.LockAt:u}; save the report directly.", statusCode: StatusCodes.Status409Conflict);
        }
        if (await db.Corrections.AnyAsync(c => c.PeriodCode == periodCode && c.RegionCode == regionCode && (c.Status == CorrectionStatus.Pending || c.Status == CorrectionStatus.Approved), cancellationToken))
        {
            return TypedResults.Problem("A correction request for this report is already open.", statusCode: StatusCodes.Status409Conflict);
        }
        var correction = new CorrectionRequest { RegionCode = regionCode, PeriodCode = periodCode, Reason = body.Reason.Trim(), RequestedAt = now, RequestedBy = caller.ClientId() ?? "unknown" };
        db.Corrections.Add(correction);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/statistics/corrections/{correction.Id}", correction);
    }

    internal static async Task<Results<Ok<List<CorrectionRequest>>, ValidationProblem>> List(ClaimsPrincipal caller, StatisticsDbContext db, string? status, CancellationToken cancellationToken)
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

    internal static Task<Results<Ok<CorrectionRequest>, NotFound, ProblemHttpResult>> Approve(Guid id, DecisionRequest? body, ClaimsPrincipal caller, StatisticsDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        DecideAsync(id, CorrectionStatus.Approved, body, caller, db, clock, cancellationToken);

    internal static Task<Results<Ok<CorrectionRequest>, NotFound, ProblemHttpResult>> Reject(Guid id, DecisionRequest? body, ClaimsPrincipal caller, StatisticsDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        DecideAsync(id, CorrectionStatus.Rejected, body, caller, db, clock, cancellationToken);

    private static async Task<Results<Ok<CorrectionRequest>, NotFound, ProblemHttpResult>> DecideAsync(
        Guid id, CorrectionStatus decision, DecisionRequest? body, ClaimsPrincipal caller, StatisticsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var correction = await db.Corrections.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (correction is null)
        {
            return TypedResults.NotFound();
        }
        if (correction.Status != CorrectionStatus.Pending)
        {
            return TypedResults.Problem($"The request is already {correction.Status.ToString().ToLowerInvariant()}.", statusCode: StatusCodes.Status409Conflict);
        }
        correction.Status = decision;
        correction.DecidedAt = clock.GetUtcNow();
        correction.DecidedBy = caller.ClientId() ?? "unknown";
        correction.DecisionNote = body?.Note?.Trim() is { Length: > 0 } note ? note[..Math.Min(note.Length, 2000)] : null;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(correction);
    }
}

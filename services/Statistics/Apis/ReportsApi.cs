using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Infrastructure;
using PromoMonth.Statistics.Reporting;

namespace PromoMonth.Statistics.Apis;

/// <summary>A unit saves and submits its report for a period; it and the ministry read it and its revisions.</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/statistics/reports/{periodCode}/{regionCode}").WithTags("Reports");
        reports.MapGet("/", Get).WithName("GetReport")
            .WithSummary("A unit's report for a period, with computed indicators, timeliness, lock and outlier flags")
            .RequireRead(Scopes.Statistics);
        reports.MapPut("/", Save).WithName("SaveReport")
            .WithSummary("Save a draft or submit (\"submit\": true); resubmitting before the lock replaces the values and keeps a "
                + "revision. Idempotent on Idempotency-Key")
            .RequireWrite(Scopes.Statistics)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status404NotFound);
        reports.MapGet("/revisions", Revisions).WithName("ListReportRevisions")
            .WithSummary("Every save of the report: who, when, and each value's old and new figure")
            .RequireRead(Scopes.Statistics);
        return app;
    }

    internal static async Task<Results<Ok<ReportResponse>, NotFound>> Get(string periodCode, string regionCode, ClaimsPrincipal caller,
        StatisticsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!caller.MayActFor(regionCode))
        {
            return TypedResults.NotFound();
        }
        var report = await db.Reports.AsNoTracking()
            .SingleOrDefaultAsync(r => r.PeriodCode == periodCode && r.RegionCode == regionCode, cancellationToken);
        if (report is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await ResponseAsync(report, db, clock, cancellationToken));
    }

    internal static async Task<Results<Created<ReportResponse>, Ok<ReportResponse>, ProblemHttpResult>> Save(
        string periodCode, string regionCode, ReportRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal caller, ReportSubmissions submissions, RollupCache rollups, StatisticsDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        caller.EnsureMayActFor(regionCode);
        if (!request.Validate(periodCode, regionCode, idempotencyKey).IsValid(out var submission, out var errors))
        {
            return errors.ToUnprocessableEntity();
        }
        var outcome = await submissions.SaveAsync([submission], caller.Actor(), cancellationToken);
        if (!outcome.Succeeded)
        {
            return Problem(outcome.Problems.Values.Single());
        }
        var (report, created, repeated) = outcome.Saved.Single();
        if (!repeated && submission.Submit)
        {
            await rollups.ChangedAsync(cancellationToken);
        }
        var response = await ResponseAsync(report, db, clock, cancellationToken);
        return created ? TypedResults.Created($"/api/statistics/reports/{periodCode}/{regionCode}", response) : TypedResults.Ok(response);
    }

    internal static async Task<Results<Ok<List<ReportRevision>>, NotFound>> Revisions(string periodCode, string regionCode,
        ClaimsPrincipal caller, StatisticsDbContext db, CancellationToken cancellationToken)
    {
        if (!caller.MayActFor(regionCode))
        {
            return TypedResults.NotFound();
        }
        var reportId = await db.Reports.Where(r => r.PeriodCode == periodCode && r.RegionCode == regionCode)
            .Select(r => (Guid?)r.Id).SingleOrDefaultAsync(cancellationToken);
        return reportId is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(await db.Revisions.AsNoTracking().Where(r => r.ReportId == reportId).OrderBy(r => r.Version)
                .ToListAsync(cancellationToken));
    }

    private static async Task<ReportResponse> ResponseAsync(Report report, StatisticsDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var period = await db.Periods.AsNoTracking().SingleAsync(p => p.Code == report.PeriodCode, cancellationToken);
        var form = await db.Forms.AsNoTracking().SingleOrDefaultAsync(f => f.Id == report.FormId, cancellationToken);
        return ReportResponse.From(report, form, period, clock.GetUtcNow());
    }

    /// <summary>A refusal of the report itself is the domain's 409; an unknown period a 404; anything else names its fields.</summary>
    private static ProblemHttpResult Problem(SubmissionProblem problem) => problem switch
    {
        { Refusal: { } refusal } => throw refusal.ToException(),
        { Kind: ProblemKind.UnknownPeriod } =>
            TypedResults.Problem(problem.Detail, statusCode: StatusCodes.Status404NotFound, title: "No such reporting period."),
        _ => ApiConventionsExtensions.UnprocessableEntity(new Dictionary<string, string[]>(problem.Errors ?? Empty), problem.Detail),
    };

    private static readonly Dictionary<string, string[]> Empty = [];
}

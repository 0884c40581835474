using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Infrastructure;
using PromoMonth.Statistics.Reporting;

namespace PromoMonth.Statistics.Apis;

/// <summary>
/// Two-level approval of reports, as DHIS2's data approval: the ministry accepts a submitted report (locking it for the
/// unit) or returns it with a reason; it may unaccept an accepted one, with a reason. Roll-ups and completeness answer
/// for the accepted figures with <c>?level=accepted</c>.
/// </summary>
public static class ReportApprovalApi
{
    public static IEndpointRouteBuilder MapReportApprovalApi(this IEndpointRouteBuilder app)
    {
        var approval = app.MapGroup("/api/statistics/reports/{periodCode}/{regionCode}").WithTags("Report approval")
            .RequireWrite(Scopes.StatisticsAdmin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        approval.MapPost("/accept", Accept).WithName("AcceptReport")
            .WithSummary("Accept a submitted report: its figures count at the accepted level, and the unit can no longer change it");
        approval.MapPost("/return", Return).WithName("ReturnReport")
            .WithSummary("Return a submitted report with a reason, for the unit to correct and resubmit")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        approval.MapPost("/unaccept", Unaccept).WithName("UnacceptReport")
            .WithSummary("Take back the acceptance of a report, with a reason: it is submitted again and open to the unit")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    internal static Task<Results<Ok<ReportResponse>, NotFound, ProblemHttpResult>> Accept(string periodCode, string regionCode,
        HttpContext http, [AsParameters] ApprovalServices services, CancellationToken cancellationToken) =>
        DecideAsync(periodCode, regionCode, Validated.Valid(true),
            (report, _, campaign, at) => report.Accept(http.User.Actor(), at, campaign), services, cancellationToken);

    internal static Task<Results<Ok<ReportResponse>, NotFound, ProblemHttpResult>> Return(string periodCode, string regionCode,
        ApprovalReasonRequest request, HttpContext http, [AsParameters] ApprovalServices services,
        CancellationToken cancellationToken) =>
        DecideAsync(periodCode, regionCode, request.Validate(),
            (report, reason, campaign, at) => report.Return(reason, http.User.Actor(), at, campaign), services, cancellationToken);

    internal static Task<Results<Ok<ReportResponse>, NotFound, ProblemHttpResult>> Unaccept(string periodCode, string regionCode,
        ApprovalReasonRequest request, HttpContext http, [AsParameters] ApprovalServices services,
        CancellationToken cancellationToken) =>
        DecideAsync(periodCode, regionCode, request.Validate(),
            (report, reason, campaign, at) => report.Unaccept(reason, http.User.Actor(), at, campaign), services, cancellationToken);

    private static async Task<Results<Ok<ReportResponse>, NotFound, ProblemHttpResult>> DecideAsync<T>(string periodCode,
        string regionCode, Validated<T> request, Action<Report, T, string, DateTimeOffset> step, ApprovalServices services,
        CancellationToken cancellationToken)
        where T : notnull
    {
        if (!request.IsValid(out var value, out var errors))
        {
            return errors.ToUnprocessableEntity();
        }
        var report = await services.Approvals.DecideAsync(periodCode, regionCode, (r, campaign, at) => step(r, value, campaign, at),
            cancellationToken);
        if (report is null)
        {
            return TypedResults.NotFound();
        }
        await services.Rollups.ChangedAsync(cancellationToken);
        var period = await services.Db.Periods.AsNoTracking().SingleAsync(p => p.Code == periodCode, cancellationToken);
        var form = await services.Db.Forms.AsNoTracking().SingleOrDefaultAsync(f => f.Id == report.FormId, cancellationToken);
        return TypedResults.Ok(ReportResponse.From(report, form, period, services.Clock.GetUtcNow()));
    }
}

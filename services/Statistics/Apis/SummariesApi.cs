using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Domain.Periods;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Infrastructure;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Statistics.Apis;

public sealed record SummaryRequest(string? OverallSituation, string? Experiences, string? Recommendations);

/// <summary>
/// The campaign summary (活动总结) the notice asks for by the whole-campaign due date: overall situation, main
/// experiences and practices, work recommendations; tied to the unit's submitted whole-campaign report.
/// </summary>
public static class SummariesApi
{
    private const int MaxLength = 20_000;

    public static IEndpointRouteBuilder MapSummariesApi(this IEndpointRouteBuilder app)
    {
        var summaries = app.MapGroup("/api/statistics/summaries/{campaignCode}/{regionCode}").WithTags("Campaign summaries");
        summaries.MapGet("/", Get).WithName("GetSummary").WithSummary("A unit's campaign summary").RequireRead(Scopes.Statistics);
        summaries.MapPut("/", Put).WithName("PutSummary")
            .WithSummary("Submit the campaign summary; the unit's whole-campaign report must be submitted first")
            .RequireWrite(Scopes.Statistics)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    internal static async Task<Results<Ok<CampaignSummary>, NotFound>> Get(string campaignCode, string regionCode, ClaimsPrincipal caller, StatisticsDbContext db, CancellationToken cancellationToken)
    {
        if (!caller.MayActFor(regionCode))
        {
            return TypedResults.NotFound();
        }
        var summary = await db.Summaries.AsNoTracking().SingleOrDefaultAsync(s => s.CampaignCode == campaignCode && s.RegionCode == regionCode, cancellationToken);
        return summary is null ? TypedResults.NotFound() : TypedResults.Ok(summary);
    }

    internal static async Task<Results<Ok<CampaignSummary>, ForbidHttpResult, NotFound, ProblemHttpResult>> Put(
        string campaignCode, string regionCode, SummaryRequest request, ClaimsPrincipal caller, StatisticsDbContext db, IEventOutbox outbox, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!caller.MayActFor(regionCode))
        {
            return TypedResults.Forbid();
        }
        var errors = new RequestErrors();
        Require(request.OverallSituation, "overallSituation", errors);
        Require(request.Experiences, "experiences", errors);
        Require(request.Recommendations, "recommendations", errors);
        // A campaign with more than one whole-campaign period ties the summary to the last one due.
        var final = await db.Periods.AsNoTracking().Where(p => p.CampaignCode == campaignCode && p.Kind == PeriodKind.Final)
            .OrderByDescending(p => p.DueAt).FirstOrDefaultAsync(cancellationToken);
        if (final is null)
        {
            return TypedResults.NotFound();
        }
        var report = await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.PeriodCode == final.Code && r.RegionCode == regionCode && r.Status == ReportStatus.Submitted, cancellationToken);
        if (report is null)
        {
            errors.Add("report", $"Submit the whole-campaign report ({final.Code}) first: the summary is tied to it.");
        }
        if (errors.Any)
        {
            return errors.ToUnprocessableEntity("The summary is incomplete.");
        }
        var now = clock.GetUtcNow();
        var summary = await db.Summaries.SingleOrDefaultAsync(s => s.CampaignCode == campaignCode && s.RegionCode == regionCode, cancellationToken);
        if (summary is null)
        {
            summary = new CampaignSummary { RegionCode = regionCode, CampaignCode = campaignCode, ReportId = report!.Id, OverallSituation = "", Experiences = "", Recommendations = "", SubmittedBy = "" };
            db.Summaries.Add(summary);
        }
        summary.ReportId = report!.Id;
        summary.OverallSituation = request.OverallSituation!.Trim();
        summary.Experiences = request.Experiences!.Trim();
        summary.Recommendations = request.Recommendations!.Trim();
        summary.SubmittedAt = now;
        summary.Late = final.IsLate(now);
        summary.SubmittedBy = caller.ClientId() ?? "unknown";
        outbox.Enqueue(new SummarySubmitted { RegionCode = regionCode, CampaignCode = campaignCode, ReportId = report.Id, Late = summary.Late, SubmittedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(summary);
    }

    private static void Require(string? text, string field, RequestErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            errors.Add(field, $"Required, at most {MaxLength:N0} characters.");
        }
    }
}

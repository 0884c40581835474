using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Domain.Periods;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Infrastructure;

namespace PromoMonth.Statistics.Apis;

/// <summary>
/// The campaign summary (活动总结) the notice asks for by the whole-campaign due date: overall situation, main
/// experiences and practices, work recommendations; tied to the unit's submitted whole-campaign report.
/// </summary>
public static class SummariesApi
{
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

    internal static async Task<Results<Ok<CampaignSummary>, NotFound>> Get(string campaignCode, string regionCode, ClaimsPrincipal caller,
        StatisticsDbContext db, CancellationToken cancellationToken)
    {
        if (!caller.MayActFor(regionCode))
        {
            return TypedResults.NotFound();
        }
        var summary = await db.Summaries.AsNoTracking()
            .SingleOrDefaultAsync(s => s.CampaignCode == campaignCode && s.RegionCode == regionCode, cancellationToken);
        return summary is null ? TypedResults.NotFound() : TypedResults.Ok(summary);
    }

    internal static async Task<Results<Ok<CampaignSummary>, NotFound, ProblemHttpResult>> Put(string campaignCode, string regionCode,
        SummaryRequest request, ClaimsPrincipal caller, StatisticsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        caller.EnsureMayActFor(regionCode);
        // A campaign with more than one whole-campaign period ties the summary to the last one due.
        var final = await db.Periods.AsNoTracking().Where(p => p.CampaignCode == campaignCode && p.Kind == PeriodKind.Final)
            .OrderByDescending(p => p.DueAt).FirstOrDefaultAsync(cancellationToken);
        if (final is null)
        {
            return TypedResults.NotFound();
        }
        var submitted = await db.Reports.AsNoTracking().SingleOrDefaultAsync(
            r => r.PeriodCode == final.Code && r.RegionCode == regionCode && r.Status != ReportStatus.Draft, cancellationToken);
        if (!request.Validate(final, submitted).IsValid(out var intake, out var errors))
        {
            return errors.ToUnprocessableEntity("The summary is incomplete.");
        }
        var summary = await db.Summaries.SingleOrDefaultAsync(s => s.CampaignCode == campaignCode && s.RegionCode == regionCode,
            cancellationToken);
        if (summary is null)
        {
            summary = CampaignSummary.For(regionCode, campaignCode);
            db.Summaries.Add(summary);
        }
        summary.Submit(intake.Text, intake.Report, final, caller.Actor(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(summary);
    }
}

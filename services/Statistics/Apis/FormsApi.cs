using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Statistics.Domain.Forms;
using PromoMonth.Statistics.Infrastructure;

namespace PromoMonth.Statistics.Apis;

public sealed record FormRequest(string? Title, List<Indicator>? Indicators, List<CrossRule>? Rules);

/// <summary>The ministry defines a campaign's effectiveness form; everyone reporting reads it.</summary>
public static class FormsApi
{
    public static IEndpointRouteBuilder MapFormsApi(this IEndpointRouteBuilder app)
    {
        var forms = app.MapGroup("/api/statistics/forms/{campaignCode}").WithTags("Forms");
        forms.MapGet("/", Current).WithName("GetForm").WithSummary("The campaign's current form: indicators, units, bounds, computed indicators and rules")
            .RequireRead(Scopes.Statistics);
        forms.MapGet("/versions/{version:int}", Version).WithName("GetFormVersion").WithSummary("One version of the form, as reports filed against it saw it")
            .RequireRead(Scopes.Statistics);
        forms.MapPut("/", Put).WithName("PutForm")
            .WithSummary("Define the form; a version reports already use is never edited: the change becomes the next version")
            .RequireWrite(Scopes.StatisticsAdmin)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    internal static async Task<Results<Ok<StatisticsForm>, NotFound>> Current(string campaignCode, StatisticsDbContext db, CancellationToken cancellationToken) =>
        await db.Forms.AsNoTracking().CurrentAsync(campaignCode, cancellationToken) is { } form
            ? TypedResults.Ok(form)
            : TypedResults.NotFound();

    internal static async Task<Results<Ok<StatisticsForm>, NotFound>> Version(string campaignCode, int version, StatisticsDbContext db, CancellationToken cancellationToken) =>
        await db.Forms.AsNoTracking().SingleOrDefaultAsync(f => f.CampaignCode == campaignCode && f.Version == version, cancellationToken) is { } form
            ? TypedResults.Ok(form)
            : TypedResults.NotFound();

    internal static async Task<Results<Created<StatisticsForm>, Ok<StatisticsForm>, ProblemHttpResult>> Put(
        string campaignCode, FormRequest request, ClaimsPrincipal caller, StatisticsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = FormDefinitionRules.Check(campaignCode, request);
        if (errors.Any)
        {
            return errors.ToUnprocessableEntity("The form definition is inconsistent.");
        }
        var current = await db.Forms.CurrentAsync(campaignCode, cancellationToken);
        if (current is not null && !await db.Reports.AnyAsync(r => r.FormId == current.Id, cancellationToken))
        {
            current.Title = request.Title!.Trim();
            current.Indicators = request.Indicators!;
            current.Rules = request.Rules ?? [];
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok(current);
        }
        var next = new StatisticsForm
        {
            CampaignCode = campaignCode,
            Version = (current?.Version ?? 0) + 1,
            Title = request.Title!.Trim(),
            Indicators = request.Indicators!,
            Rules = request.Rules ?? [],
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = caller.ClientId() ?? "unknown",
        };
        db.Forms.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/statistics/forms/{campaignCode}/versions/{next.Version}", next);
    }
}

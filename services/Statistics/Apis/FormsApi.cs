using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Statistics.Domain.Forms;
using PromoMonth.Statistics.Infrastructure;

namespace PromoMonth.Statistics.Apis;

/// <summary>The ministry defines a campaign's effectiveness form; everyone reporting reads it.</summary>
public static class FormsApi
{
    public static IEndpointRouteBuilder MapFormsApi(this IEndpointRouteBuilder app)
    {
        var forms = app.MapGroup("/api/statistics/forms/{campaignCode}").WithTags("Forms");
        forms.MapGet("/", Current).WithName("GetForm")
            .WithSummary("The campaign's current form: indicators, units, bounds, computed indicators and rules")
            .RequireRead(Scopes.Statistics);
        forms.MapGet("/versions/{version:int}", Version).WithName("GetFormVersion")
            .WithSummary("One version of the form, as reports filed against it saw it")
            .RequireRead(Scopes.Statistics);
        forms.MapPut("/", Put).WithName("PutForm")
            .WithSummary("Define the form; a version reports already use is never edited: the change becomes the next version")
            .RequireWrite(Scopes.StatisticsAdmin)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    internal static async Task<Results<Ok<StatisticsForm>, NotFound>> Current(string campaignCode, StatisticsDbContext db,
        CancellationToken cancellationToken) =>
        await db.Forms.AsNoTracking().CurrentAsync(campaignCode, cancellationToken) is { } form
            ? TypedResults.Ok(form)
            : TypedResults.NotFound();

    internal static async Task<Results<Ok<StatisticsForm>, NotFound>> Version(string campaignCode, int version, StatisticsDbContext db,
        CancellationToken cancellationToken) =>
        await db.Forms.AsNoTracking()
            .SingleOrDefaultAsync(f => f.CampaignCode == campaignCode && f.Version == version, cancellationToken) is { } form
            ? TypedResults.Ok(form)
            : TypedResults.NotFound();

    internal static async Task<Results<Created<StatisticsForm>, Ok<StatisticsForm>, ProblemHttpResult>> Put(string campaignCode,
        FormRequest request, ClaimsPrincipal caller, StatisticsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!request.Validate(campaignCode).IsValid(out var definition, out var errors))
        {
            return errors.ToUnprocessableEntity("The form definition is inconsistent.");
        }
        var current = await db.Forms.CurrentAsync(campaignCode, cancellationToken);
        var inUse = current is not null && await db.Reports.AnyAsync(r => r.FormId == current.Id, cancellationToken);
        var form = StatisticsForm.Define(campaignCode, definition, current, inUse, caller.Actor(), clock.GetUtcNow());
        if (ReferenceEquals(form, current))
        {
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok(form);
        }
        db.Forms.Add(form);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/statistics/forms/{campaignCode}/versions/{form.Version}", form);
    }
}

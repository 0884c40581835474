using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Statistics.Domain.Periods;
using PromoMonth.Statistics.Infrastructure;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Statistics.Apis;

/// <summary>Reporting periods with their due times and locks; the ministry opens periods and sets the grace.</summary>
public static class PeriodsApi
{
    public static IEndpointRouteBuilder MapPeriodsApi(this IEndpointRouteBuilder app)
    {
        var periods = app.MapGroup("/api/statistics/periods").WithTags("Reporting periods");
        periods.MapGet("/", List).WithName("ListPeriods")
            .WithSummary("Periods of a campaign (all by default), by due time; filter by kind")
            .RequireRead(Scopes.Statistics);
        periods.MapGet("/{code}", Get).WithName("GetPeriod").WithSummary("One period: its span, due time and lock")
            .RequireRead(Scopes.Statistics);
        periods.MapPost("/", Create).WithName("CreatePeriod").WithSummary("Open a reporting period with its due time and grace")
            .RequireWrite(Scopes.StatisticsAdmin)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status409Conflict);
        periods.MapPut("/{code}/grace", SetGrace).WithName("SetPeriodGrace")
            .WithSummary("Set the grace after the due day, in working days, that decides the lock")
            .RequireWrite(Scopes.StatisticsAdmin)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    internal static async Task<Results<Ok<List<ReportingPeriod>>, ValidationProblem>> List(StatisticsDbContext db, string? campaignCode,
        string? kind, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var wantedKind = QueryValues.Enum<PeriodKind>(kind, "kind", errors);
        if (errors.Any)
        {
            return errors.ToValidationProblem();
        }
        var query = db.Periods.AsNoTracking();
        if (campaignCode is not null)
        {
            query = query.Where(p => p.CampaignCode == campaignCode);
        }
        if (wantedKind is not null)
        {
            query = query.Where(p => p.Kind == wantedKind);
        }
        return TypedResults.Ok(await query.OrderBy(p => p.DueAt).ThenBy(p => p.Code).ToListAsync(cancellationToken));
    }

    internal static async Task<Results<Ok<ReportingPeriod>, NotFound>> Get(string code, StatisticsDbContext db,
        CancellationToken cancellationToken) =>
        await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken) is { } period
            ? TypedResults.Ok(period)
            : TypedResults.NotFound();

    internal static async Task<Results<Created<ReportingPeriod>, ProblemHttpResult>> Create(PeriodRequest request, StatisticsDbContext db,
        CancellationToken cancellationToken)
    {
        var campaignHasForm = request.CampaignCode is { } campaign
            && await db.Forms.AnyAsync(f => f.CampaignCode == campaign, cancellationToken);
        if (!request.Validate(campaignHasForm).IsValid(out var definition, out var errors))
        {
            return errors.ToUnprocessableEntity("The period is incomplete or inconsistent.");
        }
        var existing = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Code == definition.Code, cancellationToken);
        var period = ReportingPeriod.Open(definition, WorkdayCalendar.China, existing);
        db.Periods.Add(period);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/statistics/periods/{period.Code}", period);
    }

    internal static async Task<Results<Ok<ReportingPeriod>, NotFound, ProblemHttpResult>> SetGrace(string code, GraceRequest request,
        StatisticsDbContext db, CancellationToken cancellationToken)
    {
        if (!request.Validate().IsValid(out var workingDays, out var errors))
        {
            return errors.ToUnprocessableEntity();
        }
        var period = await db.Periods.SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (period is null)
        {
            return TypedResults.NotFound();
        }
        period.SetGrace(workingDays, WorkdayCalendar.China);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(period);
    }
}

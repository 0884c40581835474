using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Statistics.Domain.Periods;
using PromoMonth.Statistics.Infrastructure;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Statistics.Apis;

/// <summary>A new period: due at <c>dueAt</c>, or at the end of <c>dueOn</c> in Asia/Shanghai.</summary>
public sealed record PeriodRequest(string? Code, string? CampaignCode, string? Kind, string? Name, DateOnly? StartsOn, DateOnly? EndsOn, DateOnly? DueOn, DateTimeOffset? DueAt, int? GraceWorkingDays);

public sealed record GraceRequest(int? GraceWorkingDays);

/// <summary>Reporting periods with their due times and locks; the ministry opens periods and sets the grace.</summary>
public static class PeriodsApi
{
    public static IEndpointRouteBuilder MapPeriodsApi(this IEndpointRouteBuilder app)
    {
        var periods = app.MapGroup("/api/statistics/periods").WithTags("Reporting periods");
        periods.MapGet("/", List).WithName("ListPeriods").WithSummary("Periods of a campaign (all by default), by due time; filter by kind")
            .RequireRead(Scopes.Statistics);
        periods.MapGet("/{code}", Get).WithName("GetPeriod").WithSummary("One period: its span, due time and lock")
            .RequireRead(Scopes.Statistics);
        periods.MapPost("/", Create).WithName("CreatePeriod").WithSummary("Open a reporting period with its due time and grace")
            .RequireWrite(Scopes.StatisticsAdmin)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status409Conflict);
        periods.MapPut("/{code}/grace", SetGrace).WithName("SetPeriodGrace").WithSummary("Set the grace after the due day, in working days, that decides the lock")
            .RequireWrite(Scopes.StatisticsAdmin)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    internal static async Task<Results<Ok<List<ReportingPeriod>>, ValidationProblem>> List(StatisticsDbContext db, string? campaignCode, string? kind, CancellationToken cancellationToken)
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

    internal static async Task<Results<Ok<ReportingPeriod>, NotFound>> Get(string code, StatisticsDbContext db, CancellationToken cancellationToken) =>
        await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken) is { } period ? TypedResults.Ok(period) : TypedResults.NotFound();

    internal static async Task<Results<Created<ReportingPeriod>, ProblemHttpResult>> Create(PeriodRequest request, StatisticsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var kind = QueryValues.Enum<PeriodKind>(request.Kind, "kind", errors);
        if (kind is null && !errors.Has("kind"))
        {
            errors.Add("kind", "One of: daily, interim, final.");
        }
        if (string.IsNullOrWhiteSpace(request.Code) || request.Code.Length > 40 || !request.Code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors.Add("code", "A code of letters, digits, hyphens and underscores (at most 40) is required.");
        }
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200)
        {
            errors.Add("name", "A name of at most 200 characters is required.");
        }
        if (request.StartsOn is null || request.EndsOn is null || request.EndsOn < request.StartsOn)
        {
            errors.Add("endsOn", "A span (startsOn ≤ endsOn) is required.");
        }
        if ((request.DueOn is null) == (request.DueAt is null))
        {
            errors.Add("dueAt", "Either dueAt (an instant) or dueOn (a date, due at its end in Asia/Shanghai) is required.");
        }
        if (request.GraceWorkingDays is < 0 or > 60)
        {
            errors.Add("graceWorkingDays", "Between 0 and 60 working days.");
        }
        if (request.CampaignCode is null || !await db.Forms.AnyAsync(f => f.CampaignCode == request.CampaignCode, cancellationToken))
        {
            errors.Add("campaignCode", "A campaign with a form is required.");
        }
        if (errors.Any)
        {
            return errors.ToUnprocessableEntity("The period is incomplete or inconsistent.");
        }
        if (await db.Periods.AnyAsync(p => p.Code == request.Code, cancellationToken))
        {
            return TypedResults.Problem($"A period '{request.Code}' exists.", statusCode: StatusCodes.Status409Conflict);
        }
        var period = new ReportingPeriod
        {
            Code = request.Code!,
            CampaignCode = request.CampaignCode!,
            Kind = kind!.Value,
            Name = request.Name!.Trim(),
            StartsOn = request.StartsOn!.Value,
            EndsOn = request.EndsOn!.Value,
            DueAt = request.DueAt?.ToUniversalTime() ?? PeriodDeadlines.EndOfDay(request.DueOn!.Value),
        };
        period.SetGrace(request.GraceWorkingDays ?? CampaignPeriods.DefaultGraceWorkingDays, WorkdayCalendar.China);
        db.Periods.Add(period);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/statistics/periods/{period.Code}", period);
    }

    internal static async Task<Results<Ok<ReportingPeriod>, NotFound, ProblemHttpResult>> SetGrace(string code, GraceRequest request, StatisticsDbContext db, CancellationToken cancellationToken)
    {
        if (request.GraceWorkingDays is not (>= 0 and <= 60))
        {
            return RequestErrors.Of("graceWorkingDays", "Between 0 and 60 working days.").ToUnprocessableEntity();
        }
        var period = await db.Periods.SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (period is null)
        {
            return TypedResults.NotFound();
        }
        period.SetGrace(request.GraceWorkingDays.Value, WorkdayCalendar.China);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(period);
    }
}

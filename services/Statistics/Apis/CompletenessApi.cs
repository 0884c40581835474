using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Domain.Periods;
using PromoMonth.Statistics.Infrastructure;
using PromoMonth.Statistics.Reporting;
using PromoMonth.Statistics.Spreadsheets;
using PromoMonth.ServiceDefaults.Spreadsheets;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Statistics.Apis;

/// <summary>Completeness and timeliness per period, as DHIS2 reports them: expected, submitted, on time, late, missing.</summary>
public static class CompletenessApi
{
    private const string JsonOrXlsx = "json (the default), or xlsx for a workbook";
    private static readonly string[] Formats = ["json", "xlsx"];

    public static IEndpointRouteBuilder MapCompletenessApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/statistics/periods/{periodCode}/completeness", Get).WithTags("Completeness").WithName("GetCompleteness")
            .WithSummary("Expected units (37), submitted, on time, late and missing; the ministry also sees the missing units' "
                + "responsible contacts")
            .RequireRead(Scopes.Statistics)
            .Produces<CompletenessResponse>(StatusCodes.Status200OK, "application/json", XlsxWorkbook.ContentType)
            .ProducesValidationProblem();
        app.MapGet("/api/statistics/campaigns/{campaignCode}/completeness", Campaign).WithTags("Completeness")
            .WithName("GetCampaignCompleteness")
            .WithSummary("Every unit × every period of the campaign: onTime, late, missing or notDue; format=json or xlsx "
                + "(the ministry's chasing sheet)")
            .RequireRead(Scopes.Statistics)
            .Produces<CampaignCompletenessResponse>(StatusCodes.Status200OK, "application/json", XlsxWorkbook.ContentType)
            .ProducesValidationProblem();
        return app;
    }

    internal static async Task<IResult> Get(string periodCode, [Description(JsonOrXlsx)] string? format,
        [Description(LevelParameter.Description)] string? level, ClaimsPrincipal caller, StatisticsDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var figures = LevelParameter.Parse(level, format, Formats, errors);
        if (errors.Any)
        {
            return errors.ToValidationProblem();
        }
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Code == periodCode, cancellationToken);
        if (period is null)
        {
            return TypedResults.NotFound();
        }
        if (format == "xlsx")
        {
            var matrix = await MatrixAsync(db, [period], figures, clock.GetUtcNow(), cancellationToken);
            return await XlsxAsync($"{period.CampaignCode} 消费促进月 报送情况 · {period.Name}{Scope(figures)}", matrix, clock,
                $"completeness-{period.Code}.xlsx", cancellationToken);
        }
        var submitted = await db.Reports.AsNoTracking().Where(r => r.PeriodCode == periodCode).Counting(figures)
            .Select(r => new { r.RegionCode, r.Late }).ToListAsync(cancellationToken);
        var expected = ReportingUnits.All;
        var done = submitted.Select(s => s.RegionCode).ToHashSet(StringComparer.Ordinal);
        var missing = expected.Where(u => !done.Contains(u.Code)).ToList();
        var contacts = caller.IsMinistry()
            ? await db.Contacts.AsNoTracking().Where(c => missing.Select(m => m.Code).Contains(c.RegionCode))
                .ToDictionaryAsync(c => c.RegionCode, cancellationToken)
            : [];
        return TypedResults.Ok(new CompletenessResponse(period.Code, period.DueAt, period.LockAt, expected.Count,
            submitted.Count, submitted.Count(s => !s.Late), submitted.Count(s => s.Late), missing.Count,
            [.. missing.Select(m => new MissingUnit(m.Code, m.NameZh, m.NameEn, contacts.GetValueOrDefault(m.Code)))], figures));
    }

    internal static async Task<IResult> Campaign(string campaignCode, [Description(JsonOrXlsx)] string? format,
        [Description(LevelParameter.Description)] string? level, StatisticsDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var figures = LevelParameter.Parse(level, format, Formats, errors);
        if (errors.Any)
        {
            return errors.ToValidationProblem();
        }
        var periods = await db.Periods.AsNoTracking().Where(p => p.CampaignCode == campaignCode)
            .OrderBy(p => p.DueAt).ThenBy(p => p.Code).ToListAsync(cancellationToken);
        if (periods.Count == 0)
        {
            return TypedResults.NotFound();
        }
        var matrix = await MatrixAsync(db, periods, figures, clock.GetUtcNow(), cancellationToken);
        return format == "xlsx"
            ? await XlsxAsync($"{campaignCode} 消费促进月 报送情况 (completeness and timeliness){Scope(figures)}", matrix, clock,
                $"completeness-{campaignCode}.xlsx", cancellationToken)
            : TypedResults.Ok(CampaignCompletenessResponse.From(campaignCode, matrix, figures));
    }

    /// <summary>The title's note on an accepted-only sheet; a sheet of every submitted report says nothing more, as before.</summary>
    private static string Scope(FigureLevel level) => level == FigureLevel.Accepted ? " · 仅审核通过 (accepted reports only)" : "";

    private static async Task<CompletenessMatrix> MatrixAsync(StatisticsDbContext db, List<ReportingPeriod> periods, FigureLevel level,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var codes = periods.Select(p => p.Code).ToList();
        var submitted = await db.Reports.AsNoTracking()
            .Where(r => codes.Contains(r.PeriodCode)).Counting(level)
            .Select(r => new { r.RegionCode, r.PeriodCode, r.Late }).ToListAsync(cancellationToken);
        return new CompletenessMatrix(
            [.. periods.Select(p => new CompletenessMatrix.Column(p.Code, p.Name, p.DueAt))],
            submitted.ToDictionary(r => (r.RegionCode, r.PeriodCode), r => r.Late),
            now);
    }

    private static async Task<IResult> XlsxAsync(string title, CompletenessMatrix matrix, TimeProvider clock, string fileName,
        CancellationToken cancellationToken) =>
        TypedResults.File(
            await XlsxWorkbook.WriteAsync(CompletenessWorkbook.Sheets(title, matrix, clock.GetUtcNow()), cancellationToken),
            XlsxWorkbook.ContentType, fileName);
}

using System.ComponentModel;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Spreadsheets;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Domain.Forms;
using PromoMonth.Statistics.Domain.Periods;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Infrastructure;
using PromoMonth.Statistics.Reporting;
using PromoMonth.Statistics.Spreadsheets;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Statistics.Apis;

/// <summary>
/// National and per-unit roll-ups. The national figures come from the running totals kept at each submission, never
/// from a scan of report values; computed indicators (growth, shares) are derived from the summed figures at each
/// level, so nothing is counted twice and no percentage is averaged.
/// </summary>
public static class RollupsApi
{
    public static IEndpointRouteBuilder MapRollupsApi(this IEndpointRouteBuilder app)
    {
        var rollups = app.MapGroup("/api/statistics/rollups").WithTags("Roll-ups").RequireRead(Scopes.Statistics);
        rollups.MapGet("/{periodCode}", Period).WithName("GetPeriodRollup")
            .WithSummary("National and per-unit figures for a period (a unit sees the nation and itself); format=json, csv or xlsx")
            .Produces<PeriodRollup>(StatusCodes.Status200OK, "application/json", "text/csv", XlsxWorkbook.ContentType)
            .ProducesValidationProblem();
        rollups.MapGet("/campaigns/{campaignCode}/daily", CampaignDaily).WithName("GetCampaignDailyRollup")
            .WithSummary("The nation's figures over every daily tracking period of the campaign; format=json, or xlsx for "
                + "a report with one row per day")
            .Produces<CampaignDailyRollup>(StatusCodes.Status200OK, "application/json", XlsxWorkbook.ContentType)
            .ProducesValidationProblem();
        rollups.MapGet("/campaigns/{campaignCode}/days", CampaignDaysOf).WithName("GetCampaignDays")
            .WithSummary("The nation's figures for each daily tracking period of the campaign, in date order, for charts")
            .WithDescription("Kept with the roll-ups: read from the cache that every submission refreshes.");
        return app;
    }

    internal static async Task<IResult> Period(string periodCode,
        [Description("json (the default), csv, or xlsx for a workbook")] string? format,
        [Description(LevelParameter.Description)] string? level, ClaimsPrincipal caller, StatisticsDbContext db,
        RollupCache rollups, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var figures = LevelParameter.Parse(level, format, ["json", "csv", "xlsx"], errors);
        if (errors.Any)
        {
            return errors.ToValidationProblem();
        }
        if (await rollups.PeriodAsync(periodCode, figures, cancellationToken) is not { } national)
        {
            return TypedResults.NotFound();
        }
        var indicators = national.Indicators;
        var reports = db.Reports.AsNoTracking().Where(r => r.PeriodCode == periodCode).Counting(figures);
        if (caller.BoundRegion() is { } region)
        {
            reports = reports.Where(r => r.RegionCode == region);
        }
        var unitReports = await reports.Select(r => new { r.RegionCode, r.Late, r.Content }).ToListAsync(cancellationToken);
        var rollup = new PeriodRollup(periodCode, national.CampaignCode, national.FormVersion, national.ReportsSubmitted, national.National,
            [.. unitReports.OrderBy(r => r.RegionCode, StringComparer.Ordinal).Select(r => new UnitRollup(
                r.RegionCode, ReportingUnits.Find(r.RegionCode)?.NameZh ?? r.RegionCode, r.Late,
                    FormArithmetic.WithComputed(indicators, r.Content.Values)))], figures);
        return format switch
        {
            "csv" => TypedResults.File(Csv(rollup, indicators), "text/csv; charset=utf-8", $"rollup-{periodCode}.csv"),
            "xlsx" => TypedResults.File(
                await XlsxWorkbook.WriteAsync(RollupWorkbook.Sheets(
                    await db.Periods.AsNoTracking().SingleAsync(p => p.Code == periodCode, cancellationToken),
                    rollup, indicators, clock.GetUtcNow(), caller.BoundRegion()), cancellationToken),
                XlsxWorkbook.ContentType, $"rollup-{periodCode}.xlsx"),
            _ => TypedResults.Ok(rollup),
        };
    }

    internal static async Task<IResult> CampaignDaily(string campaignCode,
        [Description("json (the default), or xlsx for a report with one row per day")] string? format,
        [Description(LevelParameter.Description)] string? level, StatisticsDbContext db,
        RollupCache rollups, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var figures = LevelParameter.Parse(level, format, ["json", "xlsx"], errors);
        if (errors.Any)
        {
            return errors.ToValidationProblem();
        }
        if (await rollups.CampaignDailyAsync(campaignCode, figures, cancellationToken) is not { } rollup)
        {
            return TypedResults.NotFound();
        }
        if (format != "xlsx")
        {
            return TypedResults.Ok(rollup);
        }
        var form = await db.Forms.AsNoTracking().CurrentAsync(campaignCode, cancellationToken)
            ?? throw new InvalidOperationException($"Campaign {campaignCode} lost its form.");
        var days = await rollups.CampaignDaysAsync(campaignCode, figures, cancellationToken) ?? [];
        var sheets = DailyWorkbook.Sheets(campaignCode, days, rollup, form, clock.GetUtcNow());
        return TypedResults.File(await XlsxWorkbook.WriteAsync(sheets, cancellationToken), XlsxWorkbook.ContentType,
            $"rollup-{campaignCode}-daily.xlsx");
    }

    internal static async Task<Results<Ok<CampaignDays>, NotFound, ValidationProblem>> CampaignDaysOf(string campaignCode,
        [Description(LevelParameter.Description)] string? level, RollupCache rollups, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var figures = LevelParameter.Parse(level, errors);
        if (errors.Any)
        {
            return errors.ToValidationProblem();
        }
        return await rollups.CampaignDaysAsync(campaignCode, figures, cancellationToken) is { } days
            ? TypedResults.Ok(new CampaignDays(campaignCode, days, figures))
            : TypedResults.NotFound();
    }

    private static IEnumerable<Dictionary<string, object?>> Rows(PeriodRollup rollup, IReadOnlyList<Indicator> indicators) =>
        rollup.National.Select(n => Row("000000", "全国 (national)", n.Indicator, n.NameZh, n.NameEn, n.Unit, n.Value))
            .Concat(rollup.Units.SelectMany(u => indicators.Select(i =>
                Row(u.RegionCode, u.NameZh, i.Code, i.NameZh, i.NameEn, i.Unit, u.Values.TryGetValue(i.Code, out var v) ? v : null))));

    private static Dictionary<string, object?> Row(string regionCode, string name, string indicator, string nameZh, string nameEn,
        string unit, decimal? value) => new()
    {
        ["regionCode"] = regionCode,
        ["unitName"] = name,
        ["indicator"] = indicator,
        ["nameZh"] = nameZh,
        ["nameEn"] = nameEn,
        ["unit"] = unit,
        ["value"] = value,
    };

    private static byte[] Csv(PeriodRollup rollup, IReadOnlyList<Indicator> indicators)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new SpreadsheetCsvWriter(writer))
        {
            foreach (var header in new[] { "regionCode", "unitName", "indicator", "nameZh", "nameEn", "unit", "value" })
            {
                csv.WriteField(header);
            }
            csv.NextRecord();
            foreach (var row in Rows(rollup, indicators))
            {
                foreach (var field in row.Values)
                {
                    // A value is written as a number (and stays one); text goes through the writer's neutralising.
                    csv.WriteField(field);
                }
                csv.NextRecord();
            }
        }
        return buffer.ToArray();
    }
}

using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Spreadsheets;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Domain.Forms;
using PromoMonth.Statistics.Domain.Periods;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Infrastructure;
using PromoMonth.Statistics.Reporting;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Statistics.Apis;

/// <summary>
/// National and per-unit roll-ups. The national figures come from the running totals kept at each submission, never
/// from a scan of report values; computed indicators (growth, shares) are derived from the summed figures at each
/// level, so nothing is counted twice and no percentage is averaged.
/// </summary>
public static class RollupsApi
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapRollupsApi(this IEndpointRouteBuilder app)
    {
        var rollups = app.MapGroup("/api/statistics/rollups").WithTags("Roll-ups").RequireRead(Scopes.Statistics);
        rollups.MapGet("/{periodCode}", Period).WithName("GetPeriodRollup")
            .WithSummary("National and per-unit figures for a period (a unit sees the nation and itself); format=json, csv or xlsx");
        rollups.MapGet("/campaigns/{campaignCode}/daily", CampaignDaily).WithName("GetCampaignDailyRollup")
            .WithSummary("The nation's figures over every daily tracking period of the campaign");
        return app;
    }

    internal static async Task<IResult> Period(string periodCode, string? format, ClaimsPrincipal caller, StatisticsDbContext db,
        RollupCache rollups, CancellationToken cancellationToken)
    {
        if (format is not (null or "json" or "csv" or "xlsx"))
        {
            return RequestErrors.Of("format", "One of: json, csv, xlsx.").ToValidationProblem();
        }
        if (await rollups.PeriodAsync(periodCode, cancellationToken) is not { } national)
        {
            return TypedResults.NotFound();
        }
        var form = national.Form;
        var reports = db.Reports.AsNoTracking().Where(r => r.PeriodCode == periodCode && r.Status == ReportStatus.Submitted);
        if (caller.BoundRegion() is { } region)
        {
            reports = reports.Where(r => r.RegionCode == region);
        }
        var unitReports = await reports.Select(r => new { r.RegionCode, r.Late, r.Content }).ToListAsync(cancellationToken);
        var rollup = new PeriodRollup(periodCode, national.CampaignCode, form.Version, national.ReportsSubmitted, national.National,
            [.. unitReports.OrderBy(r => r.RegionCode, StringComparer.Ordinal).Select(r => new UnitRollup(
                r.RegionCode, ReportingUnits.Find(r.RegionCode)?.NameZh ?? r.RegionCode, r.Late,
                    FormArithmetic.WithComputed(form.Indicators, r.Content.Values)))]);
        return format switch
        {
            "csv" => TypedResults.File(Csv(rollup, form), "text/csv; charset=utf-8", $"rollup-{periodCode}.csv"),
            "xlsx" => TypedResults.File(await XlsxAsync(rollup, form, cancellationToken), XlsxType, $"rollup-{periodCode}.xlsx"),
            _ => TypedResults.Ok(rollup),
        };
    }

    internal static async Task<Results<Ok<CampaignDailyRollup>, NotFound>> CampaignDaily(string campaignCode, RollupCache rollups,
        CancellationToken cancellationToken) =>
        await rollups.CampaignDailyAsync(campaignCode, cancellationToken) is { } rollup ? TypedResults.Ok(rollup) : TypedResults.NotFound();

    private static IEnumerable<Dictionary<string, object?>> Rows(PeriodRollup rollup, StatisticsForm form) =>
        rollup.National.Select(n => Row("000000", "全国 (national)", n.Indicator, n.NameZh, n.NameEn, n.Unit, n.Value))
            .Concat(rollup.Units.SelectMany(u => form.Indicators.Select(i =>
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

    private static byte[] Csv(PeriodRollup rollup, StatisticsForm form)
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
            foreach (var row in Rows(rollup, form))
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

    private static async Task<byte[]> XlsxAsync(PeriodRollup rollup, StatisticsForm form, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var sheets = new Dictionary<string, object>
        {
            // Text cells neutralised like the CSV's; numbers stay numeric cells.
            ["rollup"] = Rows(rollup, form)
                .Select(row => row.ToDictionary(c => c.Key, c => c.Value is string text ? SpreadsheetText.Neutralise(text) : c.Value))
                .ToList(),
        };
        await buffer.SaveAsAsync(sheets, cancellationToken: cancellationToken);
        return buffer.ToArray();
    }
}

using System.Globalization;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Spreadsheets;
using PromoMonth.Statistics.Apis;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Domain.Forms;
using PromoMonth.Statistics.Domain.Periods;

namespace PromoMonth.Statistics.Spreadsheets;

/// <summary>
/// A period's roll-up as officers read it: a report sheet (units in the notice's order as rows, indicators as columns
/// with their units, the national total, a title block saying what the figures are) and the long-form data beside it.
/// </summary>
internal static class RollupWorkbook
{
    public const string ReportSheet = "汇总表";
    public const string DataSheet = "data";

    /// <summary>The scope line of the title block: whose figures the sheet holds, every submitted report or the accepted only.</summary>
    public static string Scope(FigureLevel level) => level == FigureLevel.Accepted
        ? "仅审核通过的报表 (accepted reports only)"
        : "全部已提交的报表 (all submitted reports)";

    /// <param name="region">The caller's region when it is a unit: its sheet holds the nation and that unit only.</param>
    public static IReadOnlyList<XlsxSheet> Sheets(
        ReportingPeriod period, PeriodRollup rollup, IReadOnlyList<Indicator> indicators, DateTimeOffset asOf, string? region)
    {
        var header = new List<XlsxCell> { XlsxCell.Header("地区代码 Code"), XlsxCell.Header("报送单位 Unit") };
        header.AddRange(indicators.Select(IndicatorCells.Heading));
        header.Add(XlsxCell.Header("报送情况 Status"));

        var rows = new List<IReadOnlyList<XlsxCell>>
        {
            new[] { XlsxCell.Title($"{period.CampaignCode} 消费促进月 统计汇总表 · {period.Name}") },
            new[] { XlsxCell.Strong("统计期 Period"), XlsxCell.Text($"{period.Code}: {Day(period.StartsOn)} 至 {Day(period.EndsOn)}") },
            new[] { XlsxCell.Strong("报送截止 Due"), XlsxCell.Text(BeijingTime.Of(period.DueAt)) },
            new[] { XlsxCell.Strong("数据截至 As of"), XlsxCell.Text(BeijingTime.Of(asOf)) },
            new[] { XlsxCell.Strong("口径 Figures"), XlsxCell.Text(Scope(rollup.Level)) },
            new[] { XlsxCell.Strong("已报送 Reported"), XlsxCell.Text($"{rollup.ReportsSubmitted} / {ReportingUnits.All.Count}") },
            header,
        };
        var national = rollup.National.ToDictionary(n => n.Indicator, n => n.Value, StringComparer.Ordinal);
        rows.Add([
            XlsxCell.Text("000000"), XlsxCell.Strong("全国合计 National"),
            .. indicators.Select(i => IndicatorCells.Value(i, national.GetValueOrDefault(i.Code))),
            XlsxCell.Empty,
        ]);
        var reported = rollup.Units.ToDictionary(u => u.RegionCode, StringComparer.Ordinal);
        foreach (var unit in ReportingUnits.InNoticeOrder.Where(u => region is null || u.Code == region))
        {
            var values = reported.GetValueOrDefault(unit.Code);
            rows.Add([
                XlsxCell.Text(unit.Code), XlsxCell.Text(unit.NameZh),
                .. indicators.Select(i => IndicatorCells.Value(i, values?.Values.TryGetValue(i.Code, out var v) == true ? v : null)),
                values is null ? Timeliness.Missing : values.Late ? Timeliness.Late : Timeliness.OnTime,
            ]);
        }
        return [new XlsxSheet(ReportSheet, rows, FrozenRows: 7, FrozenColumns: 2), Data(rollup, indicators)];
    }

    /// <summary>The long form for machines: one row per unit and indicator, values as they are kept (per cent as per cent).</summary>
    private static XlsxSheet Data(PeriodRollup rollup, IReadOnlyList<Indicator> indicators)
    {
        string[] headings = ["regionCode", "unitName", "indicator", "nameZh", "nameEn", "unit", "value"];
        var rows = new List<IReadOnlyList<XlsxCell>> { headings.Select(XlsxCell.Header).ToList() };
        rows.AddRange(rollup.National.Select(n => Row("000000", "全国 (national)", n.Indicator, n.NameZh, n.NameEn, n.Unit, n.Value)));
        rows.AddRange(rollup.Units.SelectMany(u => indicators.Select(i =>
            Row(u.RegionCode, u.NameZh, i.Code, i.NameZh, i.NameEn, i.Unit, u.Values.TryGetValue(i.Code, out var v) ? v : null))));
        return new XlsxSheet(DataSheet, rows, FrozenRows: 1);
    }

    private static XlsxCell[] Row(string region, string name, string indicator, string nameZh, string nameEn, string unit,
        decimal? value) =>
        [
            XlsxCell.Text(region), XlsxCell.Text(name), XlsxCell.Text(indicator), XlsxCell.Text(nameZh), XlsxCell.Text(nameEn),
            XlsxCell.Text(unit), XlsxCell.Numeric(value),
        ];

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

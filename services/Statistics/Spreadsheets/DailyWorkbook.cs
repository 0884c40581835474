using PromoMonth.ServiceDefaults.Spreadsheets;
using PromoMonth.Statistics.Apis;
using PromoMonth.Statistics.Domain.Forms;
using PromoMonth.Statistics.Reporting;

namespace PromoMonth.Statistics.Spreadsheets;

/// <summary>The campaign's daily tracking as a report: one row per day with the nation's figures, and the campaign's total.</summary>
internal static class DailyWorkbook
{
    public const string ReportSheet = "逐日汇总";

    public static IReadOnlyList<XlsxSheet> Sheets(string campaignCode, IReadOnlyList<DailyFigures> days, CampaignDailyRollup total,
        StatisticsForm form, DateTimeOffset asOf)
    {
        var header = new List<XlsxCell> { XlsxCell.Header("统计期 Period"), XlsxCell.Header("日期 Day") };
        header.AddRange(form.Indicators.Select(IndicatorCells.Heading));
        header.Add(XlsxCell.Header("已报送单位 Units reported"));
        var rows = new List<IReadOnlyList<XlsxCell>>
        {
            new[] { XlsxCell.Title($"{campaignCode} 消费促进月 全国逐日汇总表 (national figures by day)") },
            new[] { XlsxCell.Strong("天数 Days"), XlsxCell.Numeric(total.Days, XlsxFormat.Count) },
            new[] { XlsxCell.Strong("数据截至 As of"), XlsxCell.Text(BeijingTime.Of(asOf)) },
            new[] { XlsxCell.Strong("口径 Figures"), XlsxCell.Text(RollupWorkbook.Scope(total.Level)) },
            header,
        };
        var campaign = total.National.ToDictionary(n => n.Indicator, n => n.Value, StringComparer.Ordinal);
        rows.Add([
            XlsxCell.Strong("合计 Total"), XlsxCell.Strong("全期 campaign"),
            .. form.Indicators.Select(i => IndicatorCells.Value(i, campaign.GetValueOrDefault(i.Code))),
            XlsxCell.Empty,
        ]);
        foreach (var day in days)
        {
            var values = day.National.ToDictionary(n => n.Indicator, n => n.Value, StringComparer.Ordinal);
            rows.Add([
                XlsxCell.Text(day.PeriodCode),
                XlsxCell.Text(day.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                .. form.Indicators.Select(i => IndicatorCells.Value(i, values.GetValueOrDefault(i.Code))),
                XlsxCell.Numeric(day.ReportsSubmitted, XlsxFormat.Count),
            ]);
        }
        return [new XlsxSheet(ReportSheet, rows, FrozenRows: 5, FrozenColumns: 2)];
    }
}

using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Spreadsheets;

namespace PromoMonth.Statistics.Spreadsheets;

/// <summary>Completeness and timeliness as officers chase it: units in the notice's order × periods, in words and colours.</summary>
internal static class CompletenessWorkbook
{
    public const string ReportSheet = "报送情况";

    public static IReadOnlyList<XlsxSheet> Sheets(string title, CompletenessMatrix matrix, DateTimeOffset asOf)
    {
        var header = new List<XlsxCell> { XlsxCell.Header("地区代码 Code"), XlsxCell.Header("报送单位 Unit") };
        header.AddRange(matrix.Periods.Select(p => XlsxCell.Header($"{p.Name}（截止 {BeijingTime.Minute(p.DueAt)}）")));
        var rows = new List<IReadOnlyList<XlsxCell>>
        {
            new[] { XlsxCell.Title(title) },
            new[] { XlsxCell.Strong("数据截至 As of"), XlsxCell.Text(BeijingTime.Of(asOf)) },
            new[] { XlsxCell.Strong("应报单位 Expected"), XlsxCell.Numeric(ReportingUnits.All.Count, XlsxFormat.Count) },
            header,
        };
        foreach (var unit in ReportingUnits.InNoticeOrder)
        {
            rows.Add([
                XlsxCell.Text(unit.Code), XlsxCell.Text(unit.NameZh),
                .. matrix.Periods.Select(p => Cell(matrix.StatusOf(unit.Code, p.Code))),
            ]);
        }
        rows.Add([
            XlsxCell.Empty, XlsxCell.Strong("按时 / 迟报 / 未报"),
            .. matrix.Periods.Select(p => XlsxCell.Text(Summary(matrix, p.Code))),
        ]);
        return [new XlsxSheet(ReportSheet, rows, FrozenRows: 4, FrozenColumns: 2)];
    }

    private static XlsxCell Cell(UnitTimeliness status) => status switch
    {
        UnitTimeliness.OnTime => Timeliness.OnTime,
        UnitTimeliness.Late => Timeliness.Late,
        UnitTimeliness.Missing => Timeliness.Missing,
        _ => Timeliness.NotDue,
    };

    private static string Summary(CompletenessMatrix matrix, string period)
    {
        var statuses = ReportingUnits.All.Select(u => matrix.StatusOf(u.Code, period)).ToList();
        return $"{statuses.Count(s => s == UnitTimeliness.OnTime)} / {statuses.Count(s => s == UnitTimeliness.Late)} / "
            + $"{statuses.Count(s => s == UnitTimeliness.Missing)}";
    }
}

using System.Globalization;
using PromoMonth.ServiceDefaults.Spreadsheets;

namespace PromoMonth.Complaints.Apis;

/// <summary>The cases a handler may see as a sheet: one row per case, overdue ones marked, amounts in yuan.</summary>
internal static class CaseWorkbook
{
    public const string Sheet = "cases";

    public static IReadOnlyList<XlsxSheet> Sheets(IReadOnlyList<CaseExportRow> cases, DateTimeOffset now)
    {
        string[] headings =
        [
            "案件编号 Id", "热线 Hotline", "热线编号 Reference", "登记时间 Received", "类型 Kind", "类别 Category", "状态 Status",
            "责任地区 Region", "投诉人 Complainant", "电话 Phone", "被投诉方 Respondent", "统一社会信用代码 Credit code", "活动 Activity",
            "涉及金额（元）Amount", "受理期限 Acceptance due", "逾期 Overdue", "疑似重复 Possible duplicates", "疑似标识滥用 Mark misuse",
        ];
        var rows = new List<IReadOnlyList<XlsxCell>>
        {
            new[] { XlsxCell.Title("消费促进月 投诉举报案件 (consumer complaint cases)") },
            new[] { XlsxCell.Strong("数据截至 As of"), XlsxCell.Text(BeijingTime.Of(now)) },
            headings.Select(XlsxCell.Header).ToList(),
        };
        rows.AddRange(cases.Select(c => (IReadOnlyList<XlsxCell>)
        [
            XlsxCell.Text(c.Id.ToString()), XlsxCell.Text(c.HotlineClientId), XlsxCell.Text(c.HotlineReference),
            XlsxCell.Text(Minute(c.ReceivedAt)), XlsxCell.Text(Camel(c.Kind)),
            XlsxCell.Text(Camel(c.Category)), XlsxCell.Text(Camel(c.Status)), XlsxCell.Text(c.ResponsibleRegion),
            XlsxCell.Text(c.ComplainantName), XlsxCell.Text(c.ComplainantPhone), XlsxCell.Text(c.RespondentName),
            XlsxCell.Text(c.RespondentCreditCode), XlsxCell.Text(c.ActivityId?.ToString()),
            XlsxCell.Numeric(c.AmountInvolved, XlsxFormat.Yuan),
            XlsxCell.Text(Minute(c.AcceptanceDueAt)),
            c.Overdue ? XlsxCell.Status("逾期 overdue", XlsxTone.Bad) : XlsxCell.Empty,
            XlsxCell.Text(c.PossibleDuplicates), c.PossibleMarkMisuse ? XlsxCell.Status("是 yes", XlsxTone.Warning) : XlsxCell.Empty,
        ]));
        return [new XlsxSheet(Sheet, rows, FrozenRows: 3, FrozenColumns: 1)];
    }

    /// <summary>A row's round-trip time (as the CSV has it) in Beijing time to the minute.</summary>
    private static string Minute(string roundTrip) => BeijingTime.Minute(DateTimeOffset.Parse(roundTrip, CultureInfo.InvariantCulture));

    private static string Camel<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}

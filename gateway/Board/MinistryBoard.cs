using System.Globalization;
using System.Text;
using System.Text.Json;
using static PromoMonth.Gateway.Board.BoardLayout;

namespace PromoMonth.Gateway.Board;

/// <summary>
/// The ministry's board: every unit's completeness and timeliness per period, the nation's totals by day against the
/// 2019 baseline, complaints by region and category with the overdue ones marked, licences by region and status.
/// </summary>
public static class MinistryBoard
{
    private static readonly (string Status, string Symbol, string Words)[] Statuses =
    [
        ("onTime", "✓", "按时 On time"), ("late", "迟", "逾期提交 Late"), ("missing", "缺", "未报 Missing"), ("notDue", "·", "未到期 Not due"),
    ];

    private static readonly Dictionary<string, string> Categories = new(StringComparer.Ordinal)
    {
        ["quality"] = "商品质量", ["price"] = "价格", ["falseAdvertising"] = "虚假宣传", ["counterfeitGoods"] = "假冒伪劣",
        ["intellectualProperty"] = "知识产权", ["safety"] = "安全", ["epidemicPrevention"] = "疫情防控",
        ["markMisuse"] = "冒用活动标识", ["service"] = "服务", ["other"] = "其他",
    };

    public static string Render(MinistryFigures figures, DateTimeOffset now)
    {
        var names = figures.Completeness is { } c
            ? c.GetProperty("units").EnumerateArray().ToDictionary(
                u => u.GetProperty("regionCode").GetString()!, u => u.GetProperty("nameZh").GetString()!, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        var body = new StringBuilder();
        body.Append(Completeness(figures.Completeness));
        body.Append(Days(figures.Days));
        body.Append(Complaints(figures.Complaints, names));
        body.Append(Licences(figures.Licences));
        return Page("全国消费促进月 · 商务部看板", "Consumption Promotion Month · the ministry's board",
            "<a href=\"/board\">公开看板 Public board</a> · <a href=\"/board/sign-out\">退出 Sign out</a>",
            body.ToString(), now);
    }

    private static string Completeness(JsonElement? completeness)
    {
        if (completeness is not { } c)
        {
            return Panel("报送完整性 Completeness", "<p class=\"note\">暂无数据。No figures yet.</p>", wide: true);
        }
        var periods = c.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("code").GetString()!).ToList();
        var names = c.GetProperty("periods").EnumerateArray().Select(p => Short(p)).ToList();
        var tally = Statuses.ToDictionary(s => s.Status, _ => 0, StringComparer.Ordinal);
        var rows = new StringBuilder();
        foreach (var unit in c.GetProperty("units").EnumerateArray())
        {
            var region = unit.GetProperty("regionCode").GetString()!;
            rows.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{Encode(unit.GetProperty("nameZh").GetString()!)}</th>");
            var statuses = unit.GetProperty("statuses");
            foreach (var period in periods)
            {
                var status = statuses.TryGetProperty(period, out var s) ? s.GetString()! : "notDue";
                var known = Statuses.Where(x => x.Status == status).ToList();
                var (_, symbol, words) = known.Count > 0 ? known[0] : Statuses[^1];
                tally[status] = tally.GetValueOrDefault(status) + 1;
                rows.Append(CultureInfo.InvariantCulture,
                    $"<td class=\"s {status}\" data-unit=\"{region}\" data-period=\"{Encode(period)}\" data-status=\"{status}\" "
                    + $"title=\"{Encode(words)}\"><span aria-label=\"{Encode(words)}\">{symbol}</span></td>");
            }
            rows.Append("</tr>");
        }
        var legend = string.Concat(Statuses.Select(s =>
            $"<span class=\"{s.Status}\">{s.Symbol} {Encode(s.Words)}: "
            + $"<b data-figure=\"completeness-{s.Status}\">{tally[s.Status]}</b></span>"));
        var head = string.Concat(names.Select(n => $"<th scope=\"col\">{Encode(n)}</th>"));
        return Panel("报送完整性与及时性 Completeness and timeliness",
            $"<p class=\"legend\">{legend}</p><div class=\"scroll\" tabindex=\"0\"><table class=\"grid\">"
            + $"<thead><tr><th scope=\"col\">地区 Unit</th>{head}</tr></thead><tbody>{rows}</tbody></table></div>", wide: true);
    }

    /// <summary>A period's column label: the day of a daily period, else its Chinese name.</summary>
    private static string Short(JsonElement period)
    {
        var code = period.GetProperty("code").GetString()!;
        var name = period.GetProperty("name").GetString()!;
        return code.Contains("-daily-", StringComparison.Ordinal) && code[^4..] is var mmdd
            ? $"{int.Parse(mmdd[..2], CultureInfo.InvariantCulture)}/{mmdd[2..]}"
            : name.Split(' ')[0];
    }

    private static string Days(JsonElement? days)
    {
        if (days is not { } d || d.GetProperty("days").GetArrayLength() == 0)
        {
            return Panel("全国每日数据 National totals by day", "<p class=\"note\">暂无数据。No figures yet.</p>");
        }
        var list = d.GetProperty("days").EnumerateArray().ToList();
        var labels = list.Select(x => DateOnly.Parse(x.GetProperty("day").GetString()!, CultureInfo.InvariantCulture))
            .Select(x => $"{x.Month}/{x.Day}").ToList();
        decimal? Value(JsonElement day, string indicator) => day.GetProperty("national").EnumerateArray()
            .Where(r => r.GetProperty("indicator").GetString() == indicator)
            .Select(r => r.GetProperty("value").ValueKind == JsonValueKind.Number ? r.GetProperty("value").GetDecimal() : (decimal?)null)
            .FirstOrDefault();
        var sales = SvgCharts.Lines("重点企业销售额与2019年同期 Key-enterprise sales against 2019", labels,
        [
            new ChartSeries("2020", [.. list.Select(x => Value(x, "key_enterprise_sales"))]),
            new ChartSeries("2019", [.. list.Select(x => Value(x, "key_enterprise_sales_last_year"))]),
        ]);
        var driven = SvgCharts.Lines("拉动销售额 Sales driven", labels,
            [new ChartSeries("拉动销售额", [.. list.Select(x => Value(x, "sales_driven"))])]);
        var rows = string.Concat(list.Where(x => x.GetProperty("reportsSubmitted").GetInt32() > 0).TakeLast(7).Select(x =>
            $"<tr data-day=\"{Encode(x.GetProperty("periodCode").GetString()!)}\">"
            + $"<th scope=\"row\">{Encode(x.GetProperty("day").GetString()!)}</th>"
            + $"<td class=\"n\">{x.GetProperty("reportsSubmitted").GetInt32()}</td>"
            + $"<td class=\"n\" data-value=\"{Value(x, "sales_driven")?.ToString(CultureInfo.InvariantCulture)}\">"
            + $"{(Value(x, "sales_driven") is { } v ? SvgCharts.Abbreviated(v) + "元" : "—")}</td></tr>"));
        return Panel("全国每日数据 National totals by day",
            "<p class=\"note\">重点企业销售额 Key-enterprise sales: <span class=\"key0\">2020</span> 与 "
            + "<span class=\"key1\">2019 同期 baseline</span></p>" + sales
            + "<p class=\"note\">拉动销售额 Sales driven</p>" + driven
            + "<div class=\"scroll\" tabindex=\"0\"><table><caption class=\"note\">最近报送日 Latest reported days</caption><thead><tr>"
            + "<th scope=\"col\">日期 Day</th><th scope=\"col\" class=\"n\">报送 Reports</th>"
            + $"<th scope=\"col\" class=\"n\">拉动销售额 Sales driven</th></tr></thead><tbody>{rows}</tbody></table></div>");
    }

    private static string Complaints(JsonElement? complaints, Dictionary<string, string> names)
    {
        if (complaints is not { } c)
        {
            return Panel("消费投诉 Complaints", "<p class=\"note\">暂无数据。No figures yet.</p>");
        }
        var rows = c.EnumerateArray().Select(r => (
            Region: r.GetProperty("regionCode").GetString()!, Category: r.GetProperty("category").GetString()!,
            Received: r.GetProperty("received").GetInt32(), Open: r.GetProperty("open").GetInt32(),
            Overdue: r.GetProperty("overdue").GetInt32())).ToList();
        var byRegion = string.Concat(rows.GroupBy(r => r.Region).OrderByDescending(g => g.Sum(r => r.Received)).Select(g =>
        {
            var overdue = g.Sum(r => r.Overdue);
            var name = g.Key == "triage" ? "待分派 Triage" : names.GetValueOrDefault(g.Key, g.Key);
            return $"<tr data-region=\"{Encode(g.Key)}\"><th scope=\"row\">{Encode(name)}</th><td class=\"n\">{g.Sum(r => r.Received)}</td>"
                + $"<td class=\"n\">{g.Sum(r => r.Open)}</td><td class=\"n{(overdue > 0 ? " overdue" : "")}\" data-overdue=\"{overdue}\">"
                + $"{(overdue > 0 ? $"{overdue} 超期" : "0")}</td></tr>";
        }));
        var byCategory = string.Concat(rows.GroupBy(r => r.Category).OrderByDescending(g => g.Sum(r => r.Received)).Select(g =>
            $"<tr><th scope=\"row\">{Encode(Categories.GetValueOrDefault(g.Key, g.Key))} <span class=\"note\">{Encode(g.Key)}</span></th>"
            + $"<td class=\"n\">{g.Sum(r => r.Received)}</td><td class=\"n{(g.Sum(r => r.Overdue) > 0 ? " overdue" : "")}\">"
            + $"{g.Sum(r => r.Overdue)}</td></tr>"));
        return Panel("消费投诉 Complaints",
            $"<p class=\"figure\" data-figure=\"complaints-received\">{rows.Sum(r => r.Received)}</p>"
            + $"<p class=\"note\">其中超期 overdue: <b class=\"overdue\" data-figure=\"complaints-overdue\">{rows.Sum(r => r.Overdue)}</b></p>"
            + "<div class=\"scroll\" tabindex=\"0\"><table><caption class=\"note\">按地区 By region</caption><thead><tr>"
            + "<th scope=\"col\">地区 Region</th>"
            + "<th scope=\"col\" class=\"n\">收到 Received</th><th scope=\"col\" class=\"n\">在办 Open</th>"
            + $"<th scope=\"col\" class=\"n\">超期 Overdue</th></tr></thead><tbody>{byRegion}</tbody></table>"
            + "<table><caption class=\"note\">按类别 By category</caption><thead><tr><th scope=\"col\">类别 Category</th>"
            + "<th scope=\"col\" class=\"n\">收到 Received</th><th scope=\"col\" class=\"n\">超期 Overdue</th></tr></thead>"
            + $"<tbody>{byCategory}</tbody></table></div>");
    }

    private static string Licences(JsonElement? licences)
    {
        if (licences is not { } l)
        {
            return Panel("授权 Licences", "<p class=\"note\">暂无数据。No figures yet.</p>");
        }
        string[] statuses = ["active", "suspended", "revoked", "expired"];
        var regions = l.GetProperty("regions").EnumerateArray().ToList();
        long Count(JsonElement region, string status) =>
            region.GetProperty("byStatus").TryGetProperty(status, out var n) ? n.GetInt64() : 0;
        var rows = string.Concat(regions.Select(r =>
            $"<tr data-region=\"{Encode(r.GetProperty("regionCode").GetString()!)}\"><th scope=\"row\">"
            + $"{Encode(r.GetProperty("regionName").GetString()!)}</th>"
            + string.Concat(statuses.Select(s => $"<td class=\"n\">{Count(r, s)}</td>")) + "</tr>"));
        var totals = string.Concat(statuses.Select(s =>
            $"<td class=\"n\" data-figure=\"licences-{s}\">{regions.Sum(r => Count(r, s))}</td>"));
        return Panel("授权 Licences by region and status",
            "<div class=\"scroll\" tabindex=\"0\"><table><thead><tr><th scope=\"col\">地区 Region</th>"
            + "<th scope=\"col\" class=\"n\">有效 Active</th>"
            + "<th scope=\"col\" class=\"n\">暂停 Suspended</th><th scope=\"col\" class=\"n\">撤销 Revoked</th>"
            + $"<th scope=\"col\" class=\"n\">过期 Expired</th></tr></thead><tbody>{rows}</tbody>"
            + $"<tfoot><tr><th scope=\"row\">全国 Nation</th>{totals}</tr></tfoot></table></div>");
    }
}

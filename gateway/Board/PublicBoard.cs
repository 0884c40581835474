using System.Text;
using System.Text.Json;
using static PromoMonth.Gateway.Board.BoardLayout;

namespace PromoMonth.Gateway.Board;

/// <summary>The public board: only what is already public (the catalog counted, licences active).</summary>
public static class PublicBoard
{
    public static string Render(PublicFigures figures, DateTimeOffset now)
    {
        var body = new StringBuilder();
        body.Append(Catalog(figures.Catalog));
        body.Append(Licences(figures.Licences));
        return Page("全国消费促进月 · 活动看板", "Consumption Promotion Month · campaign board",
            "<a href=\"/board/ministry\">商务部看板 Ministry board</a>", body.ToString(), now);
    }

    private static string Catalog(JsonElement? catalog)
    {
        if (catalog is not { } c)
        {
            return Panel("目录活动 Catalog activities", "<p class=\"note\">尚未发布活动目录。No catalog release yet.</p>");
        }
        var days = c.GetProperty("days").EnumerateArray().ToList();
        var chart = SvgCharts.Lines("每日进行中的活动 Activities running each day",
            [.. days.Select(d => DateOnly.Parse(d.GetProperty("day").GetString()!, System.Globalization.CultureInfo.InvariantCulture))
                .Select(d => $"{d.Month}/{d.Day}")],
            [new ChartSeries("进行中 Running", [.. days.Select(d => (decimal?)d.GetProperty("running").GetInt32())])]);
        var regions = c.GetProperty("regions").EnumerateArray().ToList();
        var max = Math.Max(1, regions.Max(r => r.GetProperty("activities").GetInt32()));
        var rows = string.Concat(regions.Select(r =>
        {
            var count = r.GetProperty("activities").GetInt32();
            return $"<tr data-region=\"{Encode(r.GetProperty("regionCode").GetString()!)}\"><th scope=\"row\">"
                + $"{Encode(r.GetProperty("regionName").GetString()!)}</th><td class=\"n\">{count}</td>"
                + $"<td style=\"width:60%\"><div class=\"bar\" style=\"width:{100 * count / max}%\"></div></td></tr>";
        }));
        return Panel("目录活动 Catalog activities",
                $"<p class=\"figure\" data-figure=\"catalog-activities\">{c.GetProperty("activities").GetInt32()}</p>"
                + $"<p class=\"note\">第 {c.GetProperty("version").GetInt32()} 版目录 · release {c.GetProperty("version").GetInt32()}</p>"
                + chart)
            + Panel("各地区目录活动 Activities by region",
                "<div class=\"scroll\" tabindex=\"0\"><table><thead><tr><th scope=\"col\">地区 Region</th>"
                + "<th scope=\"col\" class=\"n\">活动 Activities</th>"
                + $"<th scope=\"col\">比例 Share</th></tr></thead><tbody>{rows}</tbody></table></div>");
    }

    private static string Licences(JsonElement? licences)
    {
        if (licences is not { } l)
        {
            return Panel("有效授权 Licences active", "<p class=\"note\">暂无数据。No figures yet.</p>");
        }
        var rows = string.Concat(l.GetProperty("regions").EnumerateArray()
            .Where(r => r.GetProperty("active").GetInt64() > 0)
            .Select(r => $"<tr data-region=\"{Encode(r.GetProperty("regionCode").GetString()!)}\"><th scope=\"row\">"
                + $"{Encode(r.GetProperty("regionName").GetString()!)}</th>"
                + $"<td class=\"n\">{r.GetProperty("active").GetInt64()}</td></tr>"));
        return Panel("有效授权 Licences active",
            $"<p class=\"figure\" data-figure=\"licences-active\">{l.GetProperty("active").GetInt64()}</p>"
            + "<p class=\"note\">可扫码核验的活动标识授权 Licences to use the mark, verifiable by QR code</p>"
            + "<div class=\"scroll\" tabindex=\"0\"><table><thead><tr><th scope=\"col\">地区 Region</th>"
            + $"<th scope=\"col\" class=\"n\">有效 Active</th></tr></thead><tbody>{rows}</tbody></table></div>");
    }
}

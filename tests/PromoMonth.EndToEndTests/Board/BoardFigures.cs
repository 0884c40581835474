using System.Net;
using System.Text.RegularExpressions;

namespace PromoMonth.EndToEndTests.Board;

/// <summary>Reads the board as a partner's scraper or the browser test would: its marked figures and its day rows.</summary>
internal static partial class BoardFigures
{
    public static Dictionary<string, string> Of(string html) =>
        Figure().Matches(html).ToDictionary(
            m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value).Trim(), StringComparer.Ordinal);

    /// <summary>The sales driven the board shows for a daily period's row, as its exact value (the page's data-value).</summary>
    public static decimal? SalesDriven(string html, string periodCode) =>
        DayRow().Matches(html).Where(m => m.Groups[1].Value == periodCode && m.Groups[2].Value.Length > 0)
            .Select(m => (decimal?)decimal.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();

    [GeneratedRegex("data-figure=\"([^\"]+)\">([^<]*)<")]
    private static partial Regex Figure();

    [GeneratedRegex("<tr data-day=\"([^\"]+)\">.*?data-value=\"([^\"]*)\"")]
    private static partial Regex DayRow();
}

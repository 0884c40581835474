using System.Globalization;
using System.Text;

namespace PromoMonth.Gateway.Board;

/// <summary>
/// Charts drawn on the server as inline SVG: nothing to download, no script, readable without colour (each series has
/// its own dash and a legend in words), and scaled by the browser from a phone to a wall screen.
/// </summary>
public static class SvgCharts
{
    private const int Width = 640;
    private const int Height = 240;
    private const int Left = 64;
    private const int Bottom = 28;
    private const int Top = 12;

    /// <summary>A line per series over the same labelled days; the title names the chart for screen readers.</summary>
    public static string Lines(string title, IReadOnlyList<string> days, IReadOnlyList<ChartSeries> series)
    {
        var max = series.SelectMany(s => s.Values).Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Max();
        var top = max <= 0 ? 1 : max * 1.1m;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{Encode(title)}\" class=\"chart\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(title)}</title>");
        foreach (var fraction in new[] { 0m, 0.5m, 1m })
        {
            var y = Y(top * fraction, top);
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{Left}\" x2=\"{Width}\" y1=\"{Format(y)}\" y2=\"{Format(y)}\" class=\"grid\"/>"
                + $"<text x=\"{Left - 6}\" y=\"{Format(y + 4)}\" text-anchor=\"end\" class=\"axis\">{Abbreviated(top * fraction)}</text>");
        }
        for (var i = 0; i < days.Count; i += Math.Max(1, days.Count / 6))
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{X(i, days.Count)}\" y=\"{Height - 8}\" text-anchor=\"middle\" class=\"axis\">{Encode(days[i])}</text>");
        }
        foreach (var (line, index) in series.Select((s, i) => (s, i)))
        {
            var points = line.Values.Select((v, i) => (Value: v, Index: i)).Where(p => p.Value is not null)
                .Select(p => (X: X(p.Index, days.Count), Y: Format(Y(p.Value!.Value, top)))).ToList();
            svg.Append(CultureInfo.InvariantCulture,
                $"<polyline points=\"{string.Join(' ', points.Select(p => $"{p.X},{p.Y}"))}\" class=\"series s{index}\" fill=\"none\"/>");
            // A dot on every value, so a day standing alone (a gap on both sides) still shows.
            foreach (var (x, y) in points)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x}\" cy=\"{y}\" r=\"3\" class=\"dot d{index}\"/>");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Large numbers shortened the Chinese way (万, 亿), as the ministry's own reports print them.</summary>
    public static string Abbreviated(decimal value) => value switch
    {
        >= 100_000_000m => (value / 100_000_000m).ToString("0.#", CultureInfo.InvariantCulture) + "亿",
        >= 10_000m => (value / 10_000m).ToString("0.#", CultureInfo.InvariantCulture) + "万",
        _ => value.ToString("0.##", CultureInfo.InvariantCulture),
    };

    private static string X(int index, int count) =>
        (Left + (count <= 1 ? 0 : (Width - Left - 12) * index / (decimal)(count - 1))).ToString("0.#", CultureInfo.InvariantCulture);

    private static decimal Y(decimal value, decimal top) => Top + (Height - Top - Bottom) * (1 - value / top);

    private static string Format(decimal coordinate) => coordinate.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Encode(string text) => BoardLayout.Encode(text);
}

/// <summary>One line of a chart: its name in the legend and a value (or a gap) per day.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);

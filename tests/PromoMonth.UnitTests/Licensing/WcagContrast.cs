using System.Globalization;

namespace PromoMonth.UnitTests.Licensing;

/// <summary>WCAG 2.x contrast: relative luminance of sRGB colours and the ratio (L1 + 0.05) / (L2 + 0.05).</summary>
public static class WcagContrast
{
    /// <summary>AA for normal-size text.</summary>
    public const double AaNormalText = 4.5;

    public static double Ratio(string foreground, string background)
    {
        var (a, b) = (Luminance(foreground), Luminance(background));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>A colour drawn with an opacity over a background, as the browser composites it.</summary>
    public static string Composite(string foreground, double opacity, string background)
    {
        var (f, b) = (Channels(foreground), Channels(background));
        var seen = f.Zip(b, (x, y) => (int)Math.Round(x * opacity + y * (1 - opacity)));
        return "#" + string.Concat(seen.Select(v => v.ToString("x2", CultureInfo.InvariantCulture)));
    }

    public static double Luminance(string colour)
    {
        var c = Channels(colour).Select(v => v / 255.0)
            .Select(v => v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4)).ToArray();
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static int[] Channels(string colour)
    {
        var hex = colour.Trim().TrimStart('#');
        if (hex.Length == 3)
        {
            hex = string.Concat(hex.Select(ch => $"{ch}{ch}"));
        }
        return [.. Enumerable.Range(0, 3)
            .Select(i => int.Parse(hex.AsSpan(i * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture))];
    }
}

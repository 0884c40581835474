using System.Globalization;
using System.Text.RegularExpressions;
using PromoMonth.Licensing.Domain;
using PromoMonth.Licensing.Verification;

namespace PromoMonth.UnitTests.Licensing;

/// <summary>Every text on the verification page meets WCAG AA contrast (4.5:1) in every state, read from the page's own CSS.</summary>
public sealed partial class VerificationPageContrastTests
{
    /// <summary>Each text of the page: the rule that gives its colour and the rule whose box lies behind it.</summary>
    private static readonly (string Text, string ColourFrom, string BackgroundFrom)[] Texts =
    [
        ("body text, explanation", "body", "body"),
        ("state, symbol, licence number", ".state", ".state"),
        ("licence number", ".number", ".state"),
        ("detail labels", "dt", "dl"),
        ("detail values", "dd", "dl"),
        ("footer", "footer", "body"),
    ];

    public static TheoryData<string> States() => ["active", "suspended", "revoked", "expired", "notfound"];

    [Theory]
    [MemberData(nameof(States))]
    public void Every_text_meets_AA_contrast(string state)
    {
        var rules = Rules(VerificationPage.Render("CPM2020-310000-00042", View(state)));

        foreach (var (text, colourFrom, backgroundFrom) in Texts)
        {
            var background = Declared(rules, backgroundFrom, "background") ?? Declared(rules, "body", "background")!;
            var colour = Declared(rules, colourFrom, "color") ?? Declared(rules, backgroundFrom, "color")
                ?? Declared(rules, "body", "color")!;
            var opacity = double.Parse(Declared(rules, colourFrom, "opacity") ?? "1", CultureInfo.InvariantCulture);
            var seen = WcagContrast.Composite(colour, opacity, background);
            var ratio = WcagContrast.Ratio(seen, background);
            Assert.True(ratio >= WcagContrast.AaNormalText, $"{state}: {text} is {seen} on {background}, {ratio:0.00}:1");
        }
    }

    [Fact]
    public void The_contrast_formula_matches_WCAGs_reference_values()
    {
        Assert.Equal(21, WcagContrast.Ratio("#000", "#fff"), 2);
        Assert.Equal(1, WcagContrast.Ratio("#777777", "#777777"), 2);
        Assert.Equal(4.48, WcagContrast.Ratio("#777777", "#ffffff"), 2);
        // The page as the outside review found it: the licence number at 90% white on the active green failed AA.
        Assert.True(WcagContrast.Ratio(WcagContrast.Composite("#ffffff", 0.9, "#1a7f37"), "#1a7f37") < WcagContrast.AaNormalText);
    }

    private static VerificationView? View(string state) => state switch
    {
        "notfound" => null,
        _ => new VerificationView("CPM2020-310000-00042", Enum.Parse<LicenseStatus>(state, ignoreCase: true),
            state == "active", state == "revoked", LicenseeKind.Activity, "上海某商场", "310000", "上海市",
            new LicenseScope([], ["南京路步行街"], ["某商城旗舰店"]),
            DateTimeOffset.Parse("2020-09-01T00:00:00+08:00", CultureInfo.InvariantCulture),
            DateTimeOffset.Parse("2020-12-31T00:00:00+08:00", CultureInfo.InvariantCulture), VerificationView.MarkName2020),
    };

    /// <summary>The page's CSS as selector → declarations (one selector per rule, as the page writes them).</summary>
    private static Dictionary<string, Dictionary<string, string>> Rules(string html)
    {
        var css = StyleBlock().Match(html).Groups[1].Value;
        var rules = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (Match rule in Rule().Matches(css))
        {
            var declarations = rule.Groups[2].Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(d => d.Split(':', 2, StringSplitOptions.TrimEntries)).Where(d => d.Length == 2)
                .ToDictionary(d => d[0], d => d[1], StringComparer.Ordinal);
            rules[rule.Groups[1].Value.Trim()] = declarations;
        }
        return rules;
    }

    private static string? Declared(Dictionary<string, Dictionary<string, string>> rules, string selector, string property) =>
        rules.TryGetValue(selector, out var declarations) && declarations.TryGetValue(property, out var value) ? value : null;

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();

    [GeneratedRegex(@"([^{}]+)\{([^}]*)\}")]
    private static partial Regex Rule();
}

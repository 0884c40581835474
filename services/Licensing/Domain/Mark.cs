namespace PromoMonth.Licensing.Domain;

/// <summary>
/// The campaign's mark: its name (e.g. 2020年全国消费促进月), the logo assets the ministry uploads, and the usage rules.
/// </summary>
public sealed class Mark
{
    public const long MaxLogoBytes = 2 * 1024 * 1024;

    public required string CampaignCode { get; init; }
    public required string Name { get; set; }
    public required UsageRules Rules { get; set; }
    public byte[]? LogoSvg { get; set; }
    public byte[]? LogoPng { get; set; }
    /// <summary>True while the logo is the generated development placeholder, not the ministry's artwork.</summary>
    public bool LogoIsPlaceholder { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The ministry's artwork as PNG; the SVG (placeholder or not) stays as it is.</summary>
    public void UsePng(byte[] content, DateTimeOffset now)
    {
        LogoPng = content;
        UpdatedAt = now;
    }

    /// <summary>The ministry's artwork as SVG (already checked by <see cref="SvgArtwork"/>): the placeholder is gone.</summary>
    public void UseSvg(byte[] content, DateTimeOffset now)
    {
        LogoSvg = content;
        LogoIsPlaceholder = false;
        UpdatedAt = now;
    }

    public void SetRules(UsageRules rules, DateTimeOffset now)
    {
        Rules = rules;
        UpdatedAt = now;
    }

    public static Mark Of2020(DateTimeOffset now) => new()
    {
        CampaignCode = "2020",
        Name = "2020年全国消费促进月",
        Rules = new UsageRules(
            MinimumWidthMillimetres: 20,
            MinimumWidthPixels: 120,
            Colours: ["#C8102E", "#FFFFFF"],
            NoAlteration: true,
            ShowLicenceNumberBesideLogo: true,
            NoImpliedEndorsementOfProductsOrPrices: true,
            Notes: "统一标识须按原比例、原色使用，不得变形、拆分或添加其他元素；使用时在标识旁注明授权编号；不得暗示商务部或总台为具体商品、价格背书。"),
        LogoSvg = System.Text.Encoding.UTF8.GetBytes(PlaceholderSvg("2020年全国消费促进月")),
        LogoIsPlaceholder = true,
        UpdatedAt = now,
    };

    /// <summary>A plain placeholder for development: the real logo is published by the ministry and is not available here.</summary>
    public static string PlaceholderSvg(string name)
    {
        var encoded = System.Net.WebUtility.HtmlEncode(name);
        return $"""
        <svg xmlns="http://www.w3.org/2000/svg" width="480" height="160" viewBox="0 0 480 160" role="img"
          aria-label="{encoded}（占位标识）">
          <rect width="480" height="160" rx="16" fill="#C8102E"/>
          <text x="240" y="90" font-size="34" text-anchor="middle" fill="#FFFFFF" font-family="sans-serif">{encoded}</text>
          <text x="240" y="130" font-size="16" text-anchor="middle" fill="#FFFFFF" font-family="sans-serif">PLACEHOLDER · 开发占位</text>
        </svg>
        """;
    }

    /// <summary>True when the bytes carry PNG's signature.</summary>
    public static bool IsPng(ReadOnlySpan<byte> content) => content is [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..];
}

using PromoMonth.ServiceDefaults.OpenApi;
namespace PromoMonth.Licensing.Domain;

/// <summary>How the mark must be used (规范使用): structured, so partners' systems can check artwork against it.</summary>
public sealed record UsageRules(
    int MinimumWidthMillimetres,
    int MinimumWidthPixels,
    IReadOnlyList<string> Colours,
    bool NoAlteration,
    bool ShowLicenceNumberBesideLogo,
    bool NoImpliedEndorsementOfProductsOrPrices,
    string Notes) : IDocumentedExample<UsageRules>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static UsageRules Example => new(
        20,
        200,
        ["#C8102E", "#FFD700"],
        NoAlteration: true,
        ShowLicenceNumberBesideLogo: true,
        NoImpliedEndorsementOfProductsOrPrices: true,
        "标识仅用于已授权的活动与门店，不得用于商品包装。");
}

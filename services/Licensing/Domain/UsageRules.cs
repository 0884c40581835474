namespace PromoMonth.Licensing.Domain;

/// <summary>How the mark must be used (规范使用): structured, so partners' systems can check artwork against it.</summary>
public sealed record UsageRules(
    int MinimumWidthMillimetres,
    int MinimumWidthPixels,
    IReadOnlyList<string> Colours,
    bool NoAlteration,
    bool ShowLicenceNumberBesideLogo,
    bool NoImpliedEndorsementOfProductsOrPrices,
    string Notes);

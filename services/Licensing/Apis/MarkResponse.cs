using PromoMonth.Licensing.Domain;

namespace PromoMonth.Licensing.Apis;

/// <summary>The mark as the API shows it: which logo files exist, never their bytes.</summary>
public sealed record MarkResponse(
    string CampaignCode, string Name, UsageRules Rules, bool HasSvg, bool HasPng, bool LogoIsPlaceholder, DateTimeOffset UpdatedAt)
{
    public static MarkResponse From(Mark m) =>
        new(m.CampaignCode, m.Name, m.Rules, m.LogoSvg is not null, m.LogoPng is not null, m.LogoIsPlaceholder, m.UpdatedAt);
}

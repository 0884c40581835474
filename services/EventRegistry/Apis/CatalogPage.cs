using PromoMonth.EventRegistry.Catalog;
using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>One page of a catalog release in JSON: the campaign, the release, the entries of the page and how many matched.</summary>
public sealed record CatalogPage(
    PublicCampaign Campaign,
    int ReleaseVersion,
    DateTimeOffset ReleasePublishedAt,
    IReadOnlyList<CatalogEntry> Items,
    int Page,
    int PageSize,
    int Total);

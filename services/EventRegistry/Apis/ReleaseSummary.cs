using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>A catalog release without its entries: its number, when and by whom, how many activities and what changed.</summary>
public sealed record ReleaseSummary(
    Guid Id, Guid CampaignId, int Version, DateTimeOffset PublishedAt, string PublishedBy, int ActivityCount, CatalogChanges Changes)
{
    public static ReleaseSummary From(CatalogRelease r) =>
        new(r.Id, r.CampaignId, r.Version, r.PublishedAt, r.PublishedBy, r.Entries.Count, r.Changes);
}

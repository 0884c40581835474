using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.EventRegistry.Catalog;

/// <summary>
/// A release's entries in the catalog's order (start, then id), by region and by id, built once per cached release:
/// a region's page or one activity is then found without sorting or scanning the whole country's catalog.
/// </summary>
public sealed class CatalogIndex
{
    private readonly Dictionary<string, CatalogEntry[]> byRegion;
    private readonly Dictionary<Guid, CatalogEntry> byId;

    public CatalogIndex(IReadOnlyList<CatalogEntry> entries)
    {
        Ordered = [.. entries.OrderBy(e => e.StartsAt).ThenBy(e => e.Id)];
        byRegion = Ordered.GroupBy(e => e.RegionCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        byId = Ordered.ToDictionary(e => e.Id);
    }

    /// <summary>Every entry, earliest start first, ties by id.</summary>
    public IReadOnlyList<CatalogEntry> Ordered { get; }

    /// <summary>One region's entries in the same order; none for a region with no activity.</summary>
    public IReadOnlyList<CatalogEntry> InRegion(string regionCode) =>
        byRegion.TryGetValue(regionCode, out var entries) ? entries : [];

    public CatalogEntry? Find(Guid id) => byId.GetValueOrDefault(id);
}

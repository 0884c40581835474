using PromoMonth.EventRegistry.Domain;
using PromoMonth.ServiceDefaults;

namespace PromoMonth.EventRegistry.Catalog;

/// <summary>
/// The public catalog's filters: region, city, category, attendance mode, date-range overlap (campaign calendar days),
/// text (substring, so Chinese titles match without word splitting), changes since a time; sorted by start, then id,
/// so pages are stable.
/// </summary>
public sealed record CatalogQuery(
    string? Region,
    string? City,
    ActivityCategory? Category,
    AttendanceMode? AttendanceMode,
    DateRange Days,
    string? Q,
    DateTimeOffset? ModifiedSince,
    bool Descending,
    PageRequest Paging)
{
    /// <summary>
    /// The page and the number matched. The index is already in the catalog's order and split by region, so a region's
    /// page costs that region's entries at most, and nothing more than the page when no other filter is asked.
    /// </summary>
    public (IReadOnlyList<CatalogEntry> Items, int Total) Apply(CatalogIndex index)
    {
        var source = Region is null ? index.Ordered : index.InRegion(Region);
        var matched = Filtered(source);
        var total = matched.Count;
        var end = Math.Min(total, Paging.Skip + Paging.PageSize);
        var items = new List<CatalogEntry>(Math.Max(0, end - Paging.Skip));
        for (var i = Paging.Skip; i < end; i++)
        {
            // Newest first is the same order read backwards: start descending, then id descending.
            items.Add(Descending ? matched[total - 1 - i] : matched[i]);
        }
        return (items, total);
    }

    private IReadOnlyList<CatalogEntry> Filtered(IReadOnlyList<CatalogEntry> source)
    {
        var text = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
        if (City is null && Category is null && AttendanceMode is null && Days.FirstDay is null && Days.LastDay is null
            && text is null && ModifiedSince is null)
        {
            return source;
        }
        IEnumerable<CatalogEntry> query = source;
        if (City is not null)
        {
            query = query.Where(e => e.CityCode == City);
        }
        if (Category is not null)
        {
            query = query.Where(e => e.Category == Category);
        }
        if (AttendanceMode is not null)
        {
            query = query.Where(e => e.AttendanceMode == AttendanceMode);
        }
        if (Days.FirstDay is { } from)
        {
            query = query.Where(e => CampaignWindow.LocalDate(e.EndsAt) >= from);
        }
        if (Days.LastDay is { } to)
        {
            query = query.Where(e => CampaignWindow.LocalDate(e.StartsAt) <= to);
        }
        if (text is not null)
        {
            query = query.Where(e => e.Title.Contains(text, StringComparison.OrdinalIgnoreCase)
                || e.Summary.Contains(text, StringComparison.OrdinalIgnoreCase)
                || e.Venue.Contains(text, StringComparison.OrdinalIgnoreCase)
                || e.Organiser.Contains(text, StringComparison.OrdinalIgnoreCase));
        }
        if (ModifiedSince is not null)
        {
            query = query.Where(e => e.UpdatedAt > ModifiedSince);
        }
        return [.. query];
    }
}

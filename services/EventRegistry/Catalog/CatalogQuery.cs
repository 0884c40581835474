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
    public (IReadOnlyList<CatalogEntry> Items, int Total) Apply(IReadOnlyList<CatalogEntry> entries)
    {
        IEnumerable<CatalogEntry> query = entries;
        if (Region is not null)
        {
            query = query.Where(e => e.RegionCode == Region);
        }
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
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var text = Q.Trim();
            query = query.Where(e => e.Title.Contains(text, StringComparison.OrdinalIgnoreCase)
                || e.Summary.Contains(text, StringComparison.OrdinalIgnoreCase)
                || e.Venue.Contains(text, StringComparison.OrdinalIgnoreCase)
                || e.Organiser.Contains(text, StringComparison.OrdinalIgnoreCase));
        }
        if (ModifiedSince is not null)
        {
            query = query.Where(e => e.UpdatedAt > ModifiedSince);
        }
        var ordered = Descending
            ? query.OrderByDescending(e => e.StartsAt).ThenByDescending(e => e.Id)
            : query.OrderBy(e => e.StartsAt).ThenBy(e => e.Id);
        var matched = ordered.ToList();
        return ([.. matched.Skip(Paging.Skip).Take(Paging.PageSize)], matched.Count);
    }
}

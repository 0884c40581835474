using PromoMonth.Contracts;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.ServiceDefaults;

namespace PromoMonth.EventRegistry.Catalog;

/// <summary>
/// A release counted for the public campaign board: activities per reporting unit (every unit, in the notice's order)
/// and per campaign day (those running that day in Asia/Shanghai). Computed from the cached release, never the tables.
/// </summary>
public sealed record CatalogSummary(string CampaignCode, int Version, DateTimeOffset PublishedAt, int Activities,
    List<CatalogRegionCount> Regions, List<CatalogDayCount> Days)
{
    public static CatalogSummary Of(PublicCampaign campaign, CatalogSnapshot snapshot)
    {
        var entries = snapshot.Entries;
        var byRegion = entries.CountBy(e => e.RegionCode).ToDictionary(StringComparer.Ordinal);
        var spans = entries.Select(e => (Start: ShanghaiCalendar.DayOf(e.StartsAt), End: ShanghaiCalendar.DayOf(e.EndsAt))).ToList();
        var days = new List<CatalogDayCount>();
        for (var day = campaign.WindowStart; day <= campaign.WindowEnd; day = day.AddDays(1))
        {
            days.Add(new CatalogDayCount(day, spans.Count(s => s.Start <= day && day <= s.End)));
        }
        return new CatalogSummary(campaign.Code, snapshot.Version, snapshot.PublishedAt, entries.Count,
            [.. ReportingUnits.InNoticeOrder.Select(u => new CatalogRegionCount(u.Code, u.NameZh, byRegion.GetValueOrDefault(u.Code)))],
            days);
    }
}

/// <summary>A reporting unit's activities in the release.</summary>
public sealed record CatalogRegionCount(string RegionCode, string RegionName, int Activities);

/// <summary>The activities of the release running on one campaign day.</summary>
public sealed record CatalogDayCount(DateOnly Day, int Running);

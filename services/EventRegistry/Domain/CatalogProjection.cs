using PromoMonth.Contracts;

namespace PromoMonth.EventRegistry.Domain;

/// <summary>Turns an activity into its public catalog entry: the facts the public may read and nothing personal.</summary>
public static class CatalogProjection
{
    public static CatalogEntry ToEntry(Activity activity, CampaignWindow window, IReadOnlyDictionary<Guid, CatalogEnterprise> enterprises)
    {
        var d = activity.Details;
        var firstPostponement = activity.History
            .Where(t => t.Action == ActivityAction.Postpone).OrderBy(t => t.At).FirstOrDefault();
        return new CatalogEntry(
            activity.Id,
            d.Title,
            d.Summary,
            activity.RegionCode,
            ReportingUnits.Find(activity.RegionCode)?.NameZh ?? activity.RegionCode,
            d.CityCode,
            d.Venue,
            d.Address,
            d.AttendanceMode,
            d.OnlineLinks,
            d.StartsAt,
            d.EndsAt,
            firstPostponement?.PreviousStartsAt,
            d.Category,
            d.Organiser,
            d.OrganiserCreditCode,
            [.. d.ParticipatingEnterpriseIds.Where(enterprises.ContainsKey).Select(id => enterprises[id])],
            d.ExpectedAttendance,
            d.Capacity,
            activity.Status,
            d.Publicity,
            activity.IsOutsideWindow(window),
            activity.UpdatedAt);
    }
}

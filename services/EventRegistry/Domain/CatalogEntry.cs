namespace PromoMonth.EventRegistry.Domain;

/// <summary>
/// An activity as the public catalog shows it: no contacts, no phone numbers, no internal plans. Releases store these,
/// so a release reads the same forever.
/// </summary>
public sealed record CatalogEntry(
    Guid Id,
    string Title,
    string Summary,
    string RegionCode,
    string RegionName,
    string CityCode,
    string Venue,
    string Address,
    AttendanceMode AttendanceMode,
    IReadOnlyList<string> OnlineLinks,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    DateTimeOffset? OriginalStartsAt,
    ActivityCategory Category,
    string Organiser,
    string? OrganiserCreditCode,
    IReadOnlyList<CatalogEnterprise> ParticipatingEnterprises,
    int ExpectedAttendance,
    int? Capacity,
    ActivityStatus Status,
    IReadOnlyList<Publicity> Publicity,
    bool OutsideCampaignWindow,
    DateTimeOffset UpdatedAt);

public sealed record CatalogEnterprise(string Name, string CreditCode);

using System.Text.Json.Serialization;
using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.EventRegistry.Catalog;

/// <summary>The public face of a campaign, as the catalog shows it.</summary>
public sealed record PublicCampaign(Guid Id, string Code, string Name, string Theme, DateOnly WindowStart, DateOnly WindowEnd,
    DateOnly LaunchDate, string LaunchVenue, string LaunchBroadcast, IReadOnlyList<string> Organisers)
{
    public static PublicCampaign From(Campaign c) =>
        new(c.Id, c.Code, c.Name, c.Theme, c.Window.Start, c.Window.End, c.LaunchDate, c.LaunchVenue, c.LaunchBroadcast, c.Organisers);
}

/// <summary>One release, whole, as it is cached: releases never change, so a cached one is never stale.</summary>
public sealed record CatalogSnapshot(int Version, DateTimeOffset PublishedAt, IReadOnlyList<CatalogEntry> Entries)
{
    private CatalogIndex? index;

    /// <summary>Built on the first read of this cached copy, not stored: Redis keeps the entries only.</summary>
    [JsonIgnore]
    public CatalogIndex Index => LazyInitializer.EnsureInitialized(ref index, () => new CatalogIndex(Entries));
}

public sealed record PublicReleaseInfo(int Version, DateTimeOffset PublishedAt, int ActivityCount, int Added, int Changed, int Cancelled);

public sealed record PublicLinkup(
    string RegionCode,
    string RegionName,
    DateTimeOffset SlotStartsAt,
    DateTimeOffset SlotEndsAt,
    string Venue,
    Readiness Readiness,
    DateTimeOffset? CheckedAt);

/// <summary>The launch programme as the public reads it: no liaison names, no phone numbers.</summary>
public sealed record LaunchProgramme(PublicCampaign Campaign, IReadOnlyList<PublicLinkup> Linkups);

using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.EventRegistry.Domain;

/// <summary>A published, numbered, immutable snapshot of a campaign's national activity catalog (全国活动目录).</summary>
public sealed class CatalogRelease : AggregateRoot
{
    private CatalogRelease()
    {
    }

    public Guid Id { get; private init; }
    public Guid CampaignId { get; private init; }
    public int Version { get; private init; }
    public DateTimeOffset PublishedAt { get; private init; }
    public string PublishedBy { get; private init; } = string.Empty;
    public List<CatalogEntry> Entries { get; private init; } = [];
    public CatalogChanges Changes { get; private init; } = new([], [], []);

    /// <summary>How many activities the release holds: kept by the database beside the entries, so a list of releases
    /// never reads them (a month of releases of a national catalog is hundreds of megabytes of entries).</summary>
    public int ActivityCount { get; private init; }

    /// <summary>How many activities were added, changed and cancelled, kept like <see cref="ActivityCount"/>.</summary>
    public int AddedCount { get; private init; }

    public int ChangedCount { get; private init; }

    public int CancelledCount { get; private init; }

    /// <summary>
    /// Takes the next release of <paramref name="campaign"/>: its activities that are in the catalog, as the public
    /// sees them, and what changed since <paramref name="previous"/>. Every release is announced.
    /// </summary>
    public static CatalogRelease Publish(Campaign campaign, CatalogRelease? previous, IEnumerable<Activity> activities,
        IReadOnlyDictionary<Guid, CatalogEnterprise> enterprises, string by, DateTimeOffset now)
    {
        var entries = activities
            .Where(a => a.CampaignId == campaign.Id && ActivityWorkflow.IsInCatalog(a.Status))
            .Select(a => CatalogProjection.ToEntry(a, campaign.Window, enterprises))
            .ToList();
        var before = previous?.Entries.ToDictionary(e => e.Id) ?? [];
        var current = entries.ToDictionary(e => e.Id);
        var added = entries.Where(e => !before.ContainsKey(e.Id)).Select(e => e.Id).ToList();
        // An entry changed when anything the public sees changed; UpdatedAt alone does not count.
        var changed = entries
            .Where(e => before.TryGetValue(e.Id, out var old) && !SamePublicContent(old, e))
            .Select(e => e.Id)
            .ToList();
        var removed = before.Keys.Where(id => !current.ContainsKey(id)).ToList();
        var release = new CatalogRelease
        {
            Id = Guid.CreateVersion7(now),
            CampaignId = campaign.Id,
            Version = (previous?.Version ?? 0) + 1,
            PublishedAt = now,
            PublishedBy = by,
            Entries = [.. entries.OrderBy(e => e.StartsAt).ThenBy(e => e.Id)],
            Changes = new CatalogChanges(added, changed, removed),
        };
        release.Raise(new CatalogReleasePublishedDomainEvent(release));
        return release;
    }

    private static bool SamePublicContent(CatalogEntry a, CatalogEntry b) =>
        WithoutLists(a) == WithoutLists(b)
        && a.OnlineLinks.SequenceEqual(b.OnlineLinks)
        && a.ParticipatingEnterprises.SequenceEqual(b.ParticipatingEnterprises)
        && a.Publicity.SequenceEqual(b.Publicity);

    /// <summary>The entry without what record equality cannot compare (lists compare by reference) and without UpdatedAt.</summary>
    private static CatalogEntry WithoutLists(CatalogEntry entry) =>
        entry with { UpdatedAt = default, OnlineLinks = [], ParticipatingEnterprises = [], Publicity = [] };
}

/// <summary>What a release changed against the one before: added, changed, and cancelled (gone from the catalog).</summary>
public sealed record CatalogChanges(IReadOnlyList<Guid> Added, IReadOnlyList<Guid> Changed, IReadOnlyList<Guid> Cancelled);

namespace PromoMonth.EventRegistry.Domain;

/// <summary>A published, numbered, immutable snapshot of a campaign's national activity catalog (全国活动目录).</summary>
public sealed class CatalogRelease
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

    /// <summary>Takes the next release: the entries given, and what changed since <paramref name="previous"/>.</summary>
    public static CatalogRelease Publish(Guid campaignId, CatalogRelease? previous, IReadOnlyList<CatalogEntry> entries, string by, DateTimeOffset now)
    {
        var before = previous?.Entries.ToDictionary(e => e.Id) ?? [];
        var current = entries.ToDictionary(e => e.Id);
        var added = entries.Where(e => !before.ContainsKey(e.Id)).Select(e => e.Id).ToList();
        // An entry changed when anything the public sees changed; UpdatedAt alone does not count.
        var changed = entries.Where(e => before.TryGetValue(e.Id, out var old) && !SamePublicContent(old, e)).Select(e => e.Id).ToList();
        var removed = before.Keys.Where(id => !current.ContainsKey(id)).ToList();
        return new CatalogRelease
        {
            Id = Guid.CreateVersion7(now),
            CampaignId = campaignId,
            Version = (previous?.Version ?? 0) + 1,
            PublishedAt = now,
            PublishedBy = by,
            Entries = [.. entries.OrderBy(e => e.StartsAt).ThenBy(e => e.Id)],
            Changes = new CatalogChanges(added, changed, removed),
        };
    }

    private static bool SamePublicContent(CatalogEntry a, CatalogEntry b) =>
        a with { UpdatedAt = default, OnlineLinks = [], ParticipatingEnterprises = [], Publicity = [] } == b with { UpdatedAt = default, OnlineLinks = [], ParticipatingEnterprises = [], Publicity = [] }
        && a.OnlineLinks.SequenceEqual(b.OnlineLinks)
        && a.ParticipatingEnterprises.SequenceEqual(b.ParticipatingEnterprises)
        && a.Publicity.SequenceEqual(b.Publicity);
}

/// <summary>What a release changed against the one before: added, changed, and cancelled (gone from the catalog).</summary>
public sealed record CatalogChanges(IReadOnlyList<Guid> Added, IReadOnlyList<Guid> Changed, IReadOnlyList<Guid> Cancelled);

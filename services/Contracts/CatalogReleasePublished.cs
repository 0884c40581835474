namespace PromoMonth.Contracts;

/// <summary>The ministry published a numbered, immutable release of the national activity catalog (全国活动目录).</summary>
public sealed record CatalogReleasePublished
{
    public required Guid ReleaseId { get; init; }
    public required Guid CampaignId { get; init; }
    public required int Version { get; init; }
    public required int ActivityCount { get; init; }
    /// <summary>Approved activities per reporting unit in this release, for the statistics roll-ups.</summary>
    public required IReadOnlyDictionary<string, int> ActivitiesByRegion { get; init; }
    public required int Added { get; init; }
    public required int Changed { get; init; }
    public required int Cancelled { get; init; }
    public required DateTimeOffset PublishedAt { get; init; }
}

using Microsoft.EntityFrameworkCore;
using PromoMonth.Contracts;
using PromoMonth.EventRegistry.Infrastructure;
using PromoMonth.ServiceDefaults.Caching;
using ZiggyCreatures.Caching.Fusion;

namespace PromoMonth.EventRegistry.Catalog;

/// <summary>
/// The public catalog's reads, cached in memory and Redis with fail-safe: when Redis or the database is down the last
/// good value keeps answering. Releases are immutable and cached long; the "latest release" pointer and the launch
/// programme live seconds, and publishing clears the pointer on every replica through the Redis backplane.
/// </summary>
public sealed class CatalogCache(IFusionCache cache, IServiceScopeFactory scopes)
{
    private static readonly TimeSpan PointerDuration = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan ReleaseDuration = TimeSpan.FromHours(6);

    /// <summary>
    /// The campaign named, or the current one. The few campaigns are cached as one list, so an unknown code finds
    /// nothing without leaving an entry of its own behind.
    /// </summary>
    public async ValueTask<PublicCampaign?> CampaignAsync(string? code, CancellationToken cancellationToken)
    {
        var campaigns = await cache.GetOrSetAsync<IReadOnlyList<PublicCampaign>>("catalog:campaigns", async (_, ct) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            return [.. (await db.Campaigns.AsNoTracking().ToListAsync(ct)).Select(PublicCampaign.From)];
        }, options => options.SetDuration(PointerDuration), cancellationToken);
        return code is null ? campaigns.MaxBy(c => c.WindowStart) : campaigns.FirstOrDefault(c => c.Code == code);
    }

    /// <summary>The newest release's number, or 0 before the first release.</summary>
    public ValueTask<int> LatestVersionAsync(Guid campaignId, CancellationToken cancellationToken) =>
        cache.GetOrSetAsync<int>(LatestKey(campaignId), async (_, ct) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            return await db.CatalogReleases.Where(r => r.CampaignId == campaignId).MaxAsync(r => (int?)r.Version, ct) ?? 0;
        }, options => options.SetDuration(PointerDuration), cancellationToken);

    /// <summary>A release by number; a number not (yet) published is remembered for seconds only.</summary>
    public ValueTask<CatalogSnapshot?> ReleaseAsync(Guid campaignId, int version, CancellationToken cancellationToken) =>
        cache.GetOrSetFoundAsync($"catalog:release:{campaignId}:{version}", async ct =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            var release = await db.CatalogReleases.AsNoTracking()
                .SingleOrDefaultAsync(r => r.CampaignId == campaignId && r.Version == version, ct);
            return release is null ? null : new CatalogSnapshot(release.Version, release.PublishedAt, release.Entries);
        }, ReleaseDuration, cancellationToken);

    public ValueTask<IReadOnlyList<PublicReleaseInfo>> ReleasesAsync(Guid campaignId, CancellationToken cancellationToken) =>
        cache.GetOrSetAsync<IReadOnlyList<PublicReleaseInfo>>($"catalog:releases:{campaignId}", async (_, ct) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            // The counts only: reading every release's entries to count them grew with each release published.
            return await db.CatalogReleases
                .Where(r => r.CampaignId == campaignId)
                .OrderByDescending(r => r.Version)
                .Select(r => new PublicReleaseInfo(r.Version, r.PublishedAt, r.ActivityCount, r.AddedCount, r.ChangedCount,
                    r.CancelledCount))
                .ToListAsync(ct);
        }, options => options.SetDuration(PointerDuration), cancellationToken);

    public ValueTask<LaunchProgramme?> LaunchAsync(PublicCampaign campaign, CancellationToken cancellationToken) =>
        cache.GetOrSetAsync<LaunchProgramme?>($"catalog:launch:{campaign.Id}", async (_, ct) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            var linkups = await db.LaunchLinkups.AsNoTracking()
                .Where(l => l.CampaignId == campaign.Id)
                .OrderBy(l => l.SlotStartsAt)
                .ToListAsync(ct);
            return new LaunchProgramme(campaign, [.. linkups.Select(l => new PublicLinkup(
                l.RegionCode, ReportingUnits.Find(l.RegionCode)?.NameZh ?? l.RegionCode, l.SlotStartsAt, l.SlotEndsAt, l.Venue,
                l.Readiness, l.CheckedAt))]);
        }, options => options.SetDuration(PointerDuration), cancellationToken);

    /// <summary>The size of a release's whole file in a format: rendered once, kept as long as the release.</summary>
    public async ValueTask<long> FileSizeAsync(
        PublicCampaign campaign, int version, string format, Func<CatalogSnapshot, ReleaseFile> render,
        CancellationToken cancellationToken) =>
        await cache.GetOrSetAsync<long>($"catalog:file-size:{campaign.Id}:{version}:{format}", async (_, ct) =>
            await ReleaseAsync(campaign.Id, version, ct) is { } release ? render(release).Content.LongLength : 0,
            options => options.SetDuration(ReleaseDuration), cancellationToken);

    public async Task ReleasePublishedAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        await cache.RemoveAsync(LatestKey(campaignId), token: cancellationToken);
        await cache.RemoveAsync($"catalog:releases:{campaignId}", token: cancellationToken);
    }

    public ValueTask LaunchChangedAsync(Guid campaignId, CancellationToken cancellationToken) =>
        cache.RemoveAsync($"catalog:launch:{campaignId}", token: cancellationToken);

    private static string LatestKey(Guid campaignId) => $"catalog:latest:{campaignId}";
}

using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using ZiggyCreatures.Caching.Fusion;

namespace PromoMonth.ServiceDefaults.Caching;

/// <summary>
/// How long cached answers live. A found value keeps answering for a day through an outage (fail-safe); "nothing
/// found" lives seconds without fail-safe, so made-up keys cannot fill memory and Redis for a day. Every entry has a
/// size, because the memory level is bounded (Caching:MemoryEntryLimit entries).
/// </summary>
public static class CachePolicy
{
    public static readonly TimeSpan FailSafeMaxDuration = TimeSpan.FromDays(1);
    public static readonly TimeSpan NotFoundDuration = TimeSpan.FromSeconds(5);
    public const long DefaultMemoryEntryLimit = 10_000;
    public const string MemoryEntryLimitKey = "Caching:MemoryEntryLimit";

    /// <summary>The memory level's bound, in entries (every entry has size 1).</summary>
    public static MemoryCacheOptions BoundedMemory(IConfiguration configuration) =>
        new() { SizeLimit = configuration.GetValue(MemoryEntryLimitKey, DefaultMemoryEntryLimit) };

    public static void Defaults(FusionCacheEntryOptions options)
    {
        options.Size = 1;
        options.IsFailSafeEnabled = true;
        options.FailSafeMaxDuration = FailSafeMaxDuration;
        options.FailSafeThrottleDuration = TimeSpan.FromSeconds(5);
        // A slow database or Redis must not hold a public read: answer stale, refresh in the background.
        options.FactorySoftTimeout = TimeSpan.FromMilliseconds(500);
        options.DistributedCacheSoftTimeout = TimeSpan.FromMilliseconds(200);
        options.AllowBackgroundDistributedCacheOperations = true;
    }

    public static void NotFound(FusionCacheEntryOptions options)
    {
        options.Size = 1;
        options.Duration = NotFoundDuration;
        options.IsFailSafeEnabled = false;
    }

    /// <summary>
    /// A look-up by a key the public chooses: a found value is cached for <paramref name="duration"/> with fail-safe,
    /// "nothing found" for <see cref="NotFoundDuration"/> only.
    /// </summary>
    public static ValueTask<T?> GetOrSetFoundAsync<T>(this IFusionCache cache, string key, Func<CancellationToken, Task<T?>> find,
        TimeSpan duration, CancellationToken cancellationToken, IEnumerable<string>? tags = null) where T : class =>
        cache.GetOrSetAsync<T?>(key, async (context, ct) =>
        {
            var found = await find(ct);
            if (found is null)
            {
                NotFound(context.Options);
            }
            return found;
        }, options => options.SetDuration(duration), tags, cancellationToken);
}

using System.Globalization;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Internal;
using PromoMonth.ServiceDefaults.Caching;
using ZiggyCreatures.Caching.Fusion;

namespace PromoMonth.UnitTests.Caching;

/// <summary>The shared cache policy: "nothing found" lives seconds, a found value a day of fail-safe, and memory is bounded.</summary>
public sealed class CachePolicyTests
{
    [Fact]
    public async Task Nothing_found_is_gone_from_memory_within_seconds_while_a_found_value_stays_for_fail_safe()
    {
        var clock = new MovableClock();
        var memoryOptions = CachePolicy.BoundedMemory(Configuration(limit: 100));
        memoryOptions.Clock = clock;
        using var memory = new MemoryCache(memoryOptions);
        using var cache = Cache(memory);

        var lifetime = TimeSpan.FromSeconds(2);
        Assert.Null(await cache.GetOrSetFoundAsync("verify:CPM2020-310000-99999", _ => Task.FromResult<string?>(null), lifetime, default));
        var found = await cache.GetOrSetFoundAsync("verify:CPM2020-310000-00001", _ => Task.FromResult<string?>("x"), lifetime, default);
        Assert.Equal("x", found);
        Assert.True(memory.TryGetValue("verify:CPM2020-310000-99999", out _));

        clock.UtcNow += CachePolicy.NotFoundDuration + TimeSpan.FromSeconds(1);
        Assert.False(memory.TryGetValue("verify:CPM2020-310000-99999", out _));
        clock.UtcNow += TimeSpan.FromHours(12);
        Assert.True(memory.TryGetValue("verify:CPM2020-310000-00001", out _));
        clock.UtcNow += CachePolicy.FailSafeMaxDuration;
        Assert.False(memory.TryGetValue("verify:CPM2020-310000-00001", out _));
    }

    [Fact]
    public async Task The_memory_level_holds_no_more_entries_than_its_limit()
    {
        using var memory = new MemoryCache(CachePolicy.BoundedMemory(Configuration(limit: 5)));
        using var cache = Cache(memory);

        var lifetime = TimeSpan.FromSeconds(2);
        for (var i = 0; i < 50; i++)
        {
            var found = i % 2 == 0 ? $"licence {i}" : null;
            await cache.GetOrSetFoundAsync($"verify:CPM2020-310000-{i:D5}", _ => Task.FromResult(found), lifetime, default);
            var number = i;
            await cache.GetOrSetAsync($"catalog:latest:{i}", _ => Task.FromResult(number), options => options.SetDuration(lifetime));
        }

        Assert.InRange(memory.Count, 1, 5);
    }

    [Fact]
    public void Without_configuration_the_memory_level_is_bounded_all_the_same()
    {
        Assert.Equal(CachePolicy.DefaultMemoryEntryLimit, CachePolicy.BoundedMemory(new ConfigurationBuilder().Build()).SizeLimit);
    }

    private static FusionCache Cache(IMemoryCache memory)
    {
        var options = new FusionCacheOptions();
        CachePolicy.Defaults(options.DefaultEntryOptions);
        return new FusionCache(options, memory);
    }

    private static IConfiguration Configuration(long limit) => new ConfigurationBuilder()
        .AddInMemoryCollection([new(CachePolicy.MemoryEntryLimitKey, limit.ToString(CultureInfo.InvariantCulture))])
        .Build();

#pragma warning disable CS0618 // MemoryCache still expires entries by ISystemClock; it is how a test moves its time.
    private sealed class MovableClock : ISystemClock
#pragma warning restore CS0618
    {
        public DateTimeOffset UtcNow { get; set; } = DateTimeOffset.UtcNow;
    }
}

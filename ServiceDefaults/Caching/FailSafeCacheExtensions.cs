using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PromoMonth.ServiceDefaults.Data;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace PromoMonth.ServiceDefaults.Caching;

public static class FailSafeCacheExtensions
{
    /// <summary>
    /// FusionCache for the reads the public hammers: memory first, Redis second, a Redis backplane so that a change
    /// clears every replica's memory, and fail-safe so that reads keep answering from the last good value while Redis
    /// or the database is down (CachePolicy says for how long). Needs the service's Redis client (AddRedisClient("redis")).
    /// </summary>
    public static TBuilder AddFailSafeCache<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        // FusionCache writes two Information lines for every GetOrSet, hits included: under a burst of QR scans that was
        // 200 MB of console log in a minute and a third of the licensing service's CPU (measured with dotnet-trace).
        // Its warnings and errors (fail-safe activations, Redis trouble) still reach the dashboard.
        builder.Logging.AddFilter("ZiggyCreatures.Caching.Fusion", LogLevel.Warning);
        builder.Services.AddFusionCache()
            .WithOptions((services, options) =>
            {
                var circuit = services.GetRequiredService<IOptions<RedisCircuitOptions>>().Value;
                CachePolicy.Defaults(options.DefaultEntryOptions);
                // A Redis call waits no longer here than anywhere else on a request path.
                options.DefaultEntryOptions.DistributedCacheHardTimeout = circuit.CallTimeout;
                // FusionCache's own circuit breakers: after a Redis error or timeout the distributed level and the
                // backplane are skipped for a while, so a hung Redis does not cost every memory miss its timeout.
                options.DistributedCacheCircuitBreakerDuration = circuit.BreakDuration;
                options.BackplaneCircuitBreakerDuration = circuit.BreakDuration;
            })
            // Bounded: past the limit the memory level drops entries (least recently used first), Redis still has them.
            .WithMemoryCache(new MemoryCache(CachePolicy.BoundedMemory(builder.Configuration)))
            .WithSerializer(new FusionCacheSystemTextJsonSerializer(JsonColumnExtensions.StoredJson))
            .WithDistributedCache(services => new Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache(
                new Microsoft.Extensions.Caching.StackExchangeRedis.RedisCacheOptions
                {
                    ConnectionMultiplexerFactory = () => Task.FromResult(services.GetRequiredService<IConnectionMultiplexer>()),
                    InstanceName = "promomonth:",
                }))
            .WithBackplane(services => new RedisBackplane(new RedisBackplaneOptions
            {
                ConnectionMultiplexerFactory = () => Task.FromResult(services.GetRequiredService<IConnectionMultiplexer>()),
            }));
        return builder;
    }
}

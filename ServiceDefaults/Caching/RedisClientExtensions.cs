using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace PromoMonth.ServiceDefaults.Caching;

public static class RedisClientExtensions
{
    public const string ConnectionName = "redis";

    /// <summary>
    /// The shared Redis client (Aspire's: health check, tracing). While Redis is away, commands fail at once instead
    /// of queueing until a timeout: every caller here has a fallback (fail-safe cache, fail-open rate limits), and a
    /// public read must not wait seconds for a server that is not there.
    /// </summary>
    public static TBuilder AddCacheClient<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddRedisClient(ConnectionName, configureOptions: options =>
        {
            options.BacklogPolicy = BacklogPolicy.FailFast;
            options.AbortOnConnectFail = false;
            options.ConnectTimeout = 2000;
            options.AsyncTimeout = 1000;
            options.SyncTimeout = 1000;
        });
        builder.Services.AddOptions<RedisCircuitOptions>().BindConfiguration(RedisCircuitOptions.Section);
        builder.Services.AddSingleton<RedisCircuit>();
        return builder;
    }
}

using MassTransit;
using PromoMonth.EventRegistry.Campaigns;
using PromoMonth.EventRegistry.Catalog;
using PromoMonth.EventRegistry.Consumers;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.ServiceDefaults.Security;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace PromoMonth.EventRegistry.Infrastructure;

public static class RegistryServiceExtensions
{
    public const string ServiceName = "registry";

    public static WebApplicationBuilder AddRegistryServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WebApplicationBuilder, RegistryDbContext>("registry-db");
        builder.AddMessaging<WebApplicationBuilder, RegistryDbContext>(ServiceName,
            bus => bus.AddConsumersFromNamespaceContaining<SafetyIncidentReportedConsumer>());
        builder.AddRedisClient("redis");
        builder.AddTokenValidation(Audiences.Registry);
        builder.Services.AddExceptionHandler<RegistryExceptionHandler>();
        builder.Services.AddScoped<CampaignDirectory>();
        builder.AddCatalogCache();
        return builder;
    }

    /// <summary>
    /// FusionCache: memory first, Redis second, a Redis backplane so that a new release clears every replica's memory,
    /// and fail-safe so the public catalog answers from the last good value while Redis or the database is down.
    /// </summary>
    private static void AddCatalogCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CatalogCache>();
        builder.Services.AddFusionCache()
            .WithDefaultEntryOptions(options =>
            {
                options.IsFailSafeEnabled = true;
                options.FailSafeMaxDuration = TimeSpan.FromDays(1);
                options.FailSafeThrottleDuration = TimeSpan.FromSeconds(5);
                // A slow database or Redis must not hold a public read: answer stale, refresh in the background.
                options.FactorySoftTimeout = TimeSpan.FromMilliseconds(500);
                options.DistributedCacheSoftTimeout = TimeSpan.FromMilliseconds(200);
                options.DistributedCacheHardTimeout = TimeSpan.FromSeconds(1);
                options.AllowBackgroundDistributedCacheOperations = true;
            })
            .WithSerializer(new FusionCacheSystemTextJsonSerializer(JsonColumnExtensions.StoredJson))
            .WithDistributedCache(services => new Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache(new Microsoft.Extensions.Caching.StackExchangeRedis.RedisCacheOptions
            {
                ConnectionMultiplexerFactory = () => Task.FromResult(services.GetRequiredService<IConnectionMultiplexer>()),
                InstanceName = "promomonth:",
            }))
            .WithBackplane(services => new RedisBackplane(new RedisBackplaneOptions
            {
                ConnectionMultiplexerFactory = () => Task.FromResult(services.GetRequiredService<IConnectionMultiplexer>()),
            }));
    }
}

using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PromoMonth.ServiceDefaults.Caching;
using PromoMonth.ServiceDefaults.Security;
using RedisRateLimiting;
using StackExchange.Redis;

namespace PromoMonth.Gateway;

public static class RateLimitingExtensions
{
    /// <summary>Token buckets per client (authenticated) or per address (anonymous), kept in Redis; 429 with Retry-After.</summary>
    public static WebApplicationBuilder AddGatewayRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration("Gateway:RateLimits");
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var http = rejected.HttpContext;
                var bucket = BucketFor(http, out var partition);
                GatewayTelemetry.Throttled.Add(1, new KeyValuePair<string, object?>("partition", partition));
                var retryAfter = (int)Math.Max(1, Math.Ceiling(bucket.ReplenishmentPeriod.TotalSeconds));
                http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                var limit = $"The limit for this {partition} is {bucket.TokenLimit} requests at once, "
                    + $"refilled by {bucket.TokensPerPeriod} every {bucket.ReplenishmentPeriod.TotalSeconds:0.###} s.";
                await Results.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests.",
                    detail: $"{limit} Retry after {retryAfter} s.")
                    .ExecuteAsync(http);
            };
        });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<RedisCircuit>((limiter, circuit) =>
            limiter.GlobalLimiter = new FailOpenRateLimiter(PartitionedRateLimiter.Create<HttpContext, string>(Partition), circuit));
        return builder;
    }

    private static RateLimitPartition<string> Partition(HttpContext http)
    {
        if (http.Request.Path.StartsWithSegments("/health") || http.Request.Path.StartsWithSegments("/alive"))
        {
            return RateLimitPartition.GetNoLimiter("infrastructure");
        }
        var bucket = BucketFor(http, out var partition);
        var key = partition == "client" ? $"client:{http.User.ClientId()}" : $"address:{http.Connection.RemoteIpAddress}";
        var redis = http.RequestServices.GetRequiredService<IConnectionMultiplexer>();
        return RedisRateLimitPartition.GetTokenBucketRateLimiter(key, _ => new RedisTokenBucketRateLimiterOptions
        {
            ConnectionMultiplexerFactory = () => redis,
            TokenLimit = bucket.TokenLimit,
            TokensPerPeriod = bucket.TokensPerPeriod,
            ReplenishmentPeriod = bucket.ReplenishmentPeriod,
        });
    }

    private static TokenBucket BucketFor(HttpContext http, out string partition)
    {
        var options = http.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().CurrentValue;
        var clientId = http.User.ClientId();
        if (clientId is null)
        {
            partition = "address";
            return options.PerAddress;
        }
        partition = "client";
        return options.Clients.GetValueOrDefault(clientId) ?? options.PerClient;
    }
}

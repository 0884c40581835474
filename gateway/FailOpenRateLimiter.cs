using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace PromoMonth.Gateway;

/// <summary>
/// Lets a request through when Redis cannot be asked. The gateway fails open: public reads (catalog, QR checks) must
/// keep answering through a Redis outage, and every protected request is still authenticated here and authorized
/// again by its service. The dashboard counts each such pass.
/// </summary>
internal sealed class FailOpenRateLimiter(PartitionedRateLimiter<HttpContext> inner) : PartitionedRateLimiter<HttpContext>
{
    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => null;

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
    {
        try
        {
            return inner.AttemptAcquire(resource, permitCount);
        }
        catch (Exception ex) when (IsRedisOutage(ex))
        {
            return PassThrough();
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AcquireAsync(resource, permitCount, cancellationToken);
        }
        catch (Exception ex) when (IsRedisOutage(ex))
        {
            return PassThrough();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    private static bool IsRedisOutage(Exception ex) => ex is RedisException or TimeoutException or ObjectDisposedException;

    private static Acquired PassThrough()
    {
        GatewayTelemetry.RateLimitUnavailable.Add(1);
        return Acquired.Instance;
    }

    private sealed class Acquired : RateLimitLease
    {
        public static readonly Acquired Instance = new();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}

using System.Threading.RateLimiting;
using PromoMonth.ServiceDefaults.Caching;

namespace PromoMonth.Gateway;

/// <summary>
/// Lets a request through when Redis cannot be asked. The gateway fails open: public reads (catalog, QR checks) must
/// keep answering through a Redis outage, and every protected request is still authenticated here and authorized
/// again by its service. Each call goes through the Redis circuit, so a hung Redis costs a request nothing once the
/// circuit has opened. The dashboard counts each such pass.
/// </summary>
internal sealed class FailOpenRateLimiter(PartitionedRateLimiter<HttpContext> inner, RedisCircuit circuit)
    : PartitionedRateLimiter<HttpContext>
{
    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => null;

    // The Redis buckets only acquire asynchronously: this answers "not acquired" without a call, and the middleware
    // then asks AcquireAsync.
    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        inner.AttemptAcquire(resource, permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(
        HttpContext resource, int permitCount, CancellationToken cancellationToken)
    {
        try
        {
            return await circuit.ExecuteAsync(token => inner.AcquireAsync(resource, permitCount, token), cancellationToken);
        }
        catch (Exception ex) when (RedisCircuit.IsUnavailable(ex))
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

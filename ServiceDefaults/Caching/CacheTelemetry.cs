using System.Diagnostics.Metrics;

namespace PromoMonth.ServiceDefaults.Caching;

internal static class CacheTelemetry
{
    private static readonly Meter Meter = new(OpenTelemetryExtensions.BusinessMeterName);

    public static readonly Counter<long> RedisCircuitOpened = Meter.CreateCounter<long>(
        "promomonth.redis.circuit_opened",
        description: "Times Redis stopped answering in time and calls on request paths began to fail fast");
}

using System.Diagnostics.Metrics;
using PromoMonth.ServiceDefaults;

namespace PromoMonth.Gateway;

/// <summary>What an operator watches at the door: refused tokens and throttled callers, plotted by the dashboard.</summary>
internal static class GatewayTelemetry
{
    private static readonly Meter Meter = new(OpenTelemetryExtensions.BusinessMeterName);

    public static readonly Counter<long> AuthFailures = Meter.CreateCounter<long>(
        "promomonth.gateway.auth_failures", description: "Requests refused for authentication (401) or authorization (403); tag reason");

    public static readonly Counter<long> Throttled = Meter.CreateCounter<long>(
        "promomonth.gateway.throttled", description: "Requests answered 429; tag partition (client or address)");

    public static readonly Counter<long> RateLimitUnavailable = Meter.CreateCounter<long>(
        "promomonth.gateway.rate_limit_unavailable", description: "Requests let through because Redis could not be asked (fail open)");
}

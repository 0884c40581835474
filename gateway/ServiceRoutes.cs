using Yarp.ReverseProxy.Configuration;

namespace PromoMonth.Gateway;

/// <summary>The gateway surface: which public paths each service owns and which are anonymous.</summary>
public static class ServiceRoutes
{
    /// <summary>YARP's name for "no authentication needed"; every other route needs a valid token.</summary>
    private const string Anonymous = "anonymous";
    internal const string Authenticated = "default";

    /// <summary>A path prefix, the service that owns it (its AppHost resource name) and whether it is anonymous.</summary>
    public sealed record Route(string Service, string Prefix, bool IsPublic, bool IsCachedRead = false);

    /// <summary>The output-cache policy of the public, hammered reads (catalog, licence verification).</summary>
    public const string PublicReadCache = "public-read";

    public static readonly IReadOnlyList<Route> All =
    [
        new("registry", "/api/registry", IsPublic: false),
        new("registry", "/api/catalog", IsPublic: true, IsCachedRead: true),
        new("licensing", "/api/licensing", IsPublic: false),
        new("licensing", "/api/verify", IsPublic: true, IsCachedRead: true),
        // The page a phone opens from a licence's QR code.
        new("licensing", "/verify", IsPublic: true, IsCachedRead: true),
        new("statistics", "/api/statistics", IsPublic: false),
        new("complaints", "/api/complaints", IsPublic: false),
        // Open311 clients authenticate with the spec's api_key form field, checked by the complaints service.
        new("complaints", "/open311", IsPublic: true),
        new("webhooks", "/api/webhooks", IsPublic: false),
        new("identity", "/connect", IsPublic: true),
        new("identity", "/.well-known", IsPublic: true),
        new("identity", "/api/identity", IsPublic: false),
    ];

    /// <summary>Services whose OpenAPI documents /docs shows.</summary>
    public static readonly string[] Documented = ["registry", "licensing", "statistics", "complaints", "webhooks", "identity"];

    public static IReadOnlyList<RouteConfig> Routes() =>
    [
        .. All.Select(route => new RouteConfig
        {
            RouteId = $"{route.Service}{route.Prefix.Replace('/', '-')}",
            ClusterId = route.Service,
            Match = new RouteMatch { Path = $"{route.Prefix}/{{**rest}}" },
            AuthorizationPolicy = route.IsPublic ? Anonymous : Authenticated,
            OutputCachePolicy = route.IsCachedRead ? PublicReadCache : null,
        }),
        .. Documented.Select(service => new RouteConfig
        {
            RouteId = $"{service}-openapi",
            ClusterId = service,
            Match = new RouteMatch { Path = $"/openapi/{service}.json" },
            AuthorizationPolicy = Anonymous,
            Transforms = [new Dictionary<string, string> { ["PathSet"] = "/openapi/v1.json" }],
        }),
    ];

    public static IReadOnlyList<ClusterConfig> Clusters() =>
    [
        .. All.Select(r => r.Service).Distinct().Select(service => new ClusterConfig
        {
            ClusterId = service,
            LoadBalancingPolicy = "PowerOfTwoChoices",
            HealthCheck = new HealthCheckConfig
            {
                Active = new ActiveHealthCheckConfig
                {
                    Enabled = true,
                    Interval = TimeSpan.FromSeconds(5),
                    Timeout = TimeSpan.FromSeconds(3),
                    Policy = "ConsecutiveFailures",
                    Path = "/alive",
                },
                Passive = new PassiveHealthCheckConfig
                {
                    Enabled = true,
                    Policy = "TransportFailureRate",
                    ReactivationPeriod = TimeSpan.FromSeconds(10),
                },
            },
            // "http://registry" is resolved by service discovery to every replica the AppHost started.
            Destinations = new Dictionary<string, DestinationConfig>
            {
                [service] = new() { Address = $"http://{service}" },
            },
        }),
    ];
}

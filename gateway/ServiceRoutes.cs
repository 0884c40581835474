using Yarp.ReverseProxy.Configuration;

namespace PromoMonth.Gateway;

/// <summary>The gateway surface of DESIGN.md: which public paths each service owns. Paths are stable once shipped.</summary>
public static class ServiceRoutes
{
    /// <summary>Service name (the AppHost resource name, resolved by service discovery) and the path prefixes it owns.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Owners = new Dictionary<string, string[]>
    {
        ["registry"] = ["/api/registry", "/api/catalog"],
        ["licensing"] = ["/api/licensing", "/api/verify"],
        ["statistics"] = ["/api/statistics"],
        ["complaints"] = ["/api/complaints", "/open311"],
    };

    public static IReadOnlyList<RouteConfig> Routes() =>
    [
        .. Owners.SelectMany(owner => owner.Value.Select(prefix => new RouteConfig
        {
            RouteId = $"{owner.Key}{prefix.Replace('/', '-')}",
            ClusterId = owner.Key,
            Match = new RouteMatch { Path = $"{prefix}/{{**rest}}" },
        })),
        // Each service's OpenAPI document, served under one door for /docs.
        .. Owners.Keys.Select(service => new RouteConfig
        {
            RouteId = $"{service}-openapi",
            ClusterId = service,
            Match = new RouteMatch { Path = $"/openapi/{service}.json" },
            Transforms = [new Dictionary<string, string> { ["PathSet"] = "/openapi/v1.json" }],
        }),
    ];

    public static IReadOnlyList<ClusterConfig> Clusters() =>
    [
        .. Owners.Keys.Select(service => new ClusterConfig
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

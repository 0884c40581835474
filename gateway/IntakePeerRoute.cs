using Yarp.ReverseProxy.Configuration;

namespace PromoMonth.Gateway;

/// <summary>
/// The benchmark's intake peer (tools/BareIntake) behind this gateway, so both intakes pay the same edge: token check,
/// rate limits, proxying. Mapped only when Benchmark:IntakePeer names its address, which the AppHost passes on in
/// Development only.
/// </summary>
public static class IntakePeerRoute
{
    private const string Cluster = "benchmark-intake-peer";

    public static IReadOnlyList<RouteConfig> Routes(string? address) => address is null
        ? []
        : [new RouteConfig
        {
            RouteId = Cluster,
            ClusterId = Cluster,
            Match = new RouteMatch { Path = "/_benchmark/intake/{**rest}" },
            AuthorizationPolicy = ServiceRoutes.Authenticated,
        }];

    public static IReadOnlyList<ClusterConfig> Clusters(string? address) => address is null
        ? []
        : [new ClusterConfig
        {
            ClusterId = Cluster,
            Destinations = new Dictionary<string, DestinationConfig> { ["peer"] = new() { Address = address } },
        }];
}

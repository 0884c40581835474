using Microsoft.Extensions.Configuration;
using PromoMonth.AppHost.Infrastructure;

namespace PromoMonth.AppHost;

/// <summary>
/// The only door partners use. Its front's address (Gateway:Port) is the public address: the issuer of every token,
/// the base of every public link. One gateway in every mode but the cluster, where two gateways run behind HAProxy,
/// which stops sending to one that dies; each gateway is shown under the front on the dashboard.
/// </summary>
internal sealed record Gateways(IResourceBuilder<IResourceWithEndpoints> Front, IReadOnlyList<IResourceBuilder<ProjectResource>> Instances)
{
    /// <summary>The public address partners, consumers and tokens name.</summary>
    public EndpointReference PublicAddress => Front.GetEndpoint("http");

    /// <summary>Tokens name the public address as their issuer, whichever host name a partner used.</summary>
    public ReferenceExpression TokenIssuer => ReferenceExpression.Create($"{PublicAddress}/");

    /// <summary>Configures every gateway alike.</summary>
    public Gateways Each(Action<IResourceBuilder<ProjectResource>> configure)
    {
        foreach (var instance in Instances)
        {
            configure(instance);
        }
        return this;
    }

    public static Gateways Add(IDistributedApplicationBuilder builder)
    {
        var port = builder.Configuration.GetValue("Gateway:Port", 5080);
        if (InfrastructureExtensions.ResolveMode(builder.Configuration) != InfrastructureMode.Cluster)
        {
            var gateway = builder.AddProject<Projects.PromoMonth_Gateway>("gateway")
                .WithHttpEndpoint(name: "http", port: port, targetPort: port, isProxied: false).WithExternalHttpEndpoints();
            return new Gateways(gateway, [gateway]);
        }

        var ports = builder.Configuration.GetSection("Infrastructure:Cluster:GatewayPorts").Get<int[]>() is { Length: > 0 } configured
            ? configured
            : [5081, 5082];
        var instances = ports.Select((instancePort, i) => builder.AddProject<Projects.PromoMonth_Gateway>($"gateway-{i + 1}")
                .WithHttpEndpoint(name: "http", port: instancePort, targetPort: instancePort, isProxied: false)
                // Behind the front, the caller's address is the one HAProxy forwards: the per-address limits need it.
                .WithEnvironment("Gateway__KnownProxies__0", "127.0.0.1"))
            .ToList();
        var state = Path.Combine(LocalInfrastructureExtensions.StateDirectory(builder), "cluster");
        Directory.CreateDirectory(state);
        var config = Path.Combine(state, "haproxy-gateway.cfg");
        File.WriteAllText(config, HaproxyConfiguration.ForGateways(port, ports));
        var front = builder.AddExecutable("gateway", "bash", state, Path.Combine(builder.AppHostDirectory, "infra", "haproxy.sh"), config)
            .WithHttpEndpoint(name: "http", port: port, targetPort: port, isProxied: false).WithExternalHttpEndpoints()
            .WithIconName("ArrowSplit")
            // Healthy when a gateway answers through it.
            .WithHttpHealthCheck("/health");
        foreach (var instance in instances)
        {
            instance.WithParentRelationship(front);
            front.WaitFor(instance);
        }
        return new Gateways(front, instances);
    }
}

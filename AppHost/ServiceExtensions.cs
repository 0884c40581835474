using Microsoft.Extensions.Configuration;
using PromoMonth.AppHost.Infrastructure;

namespace PromoMonth.AppHost;

internal static class ServiceExtensions
{
    /// <summary>A domain service: its own database, the broker and the cache, healthy only when all three answer.</summary>
    public static IResourceBuilder<ProjectResource> AddService<TProject>(
        this IDistributedApplicationBuilder builder, string name, Infrastructure.Infrastructure infrastructure, string database)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name)
            .WithHttpEndpoint(name: "http")
            .WithInfrastructure(infrastructure, database)
            .WithReplicas(builder.Configuration.GetValue("Services:Replicas", 1))
            .WithHttpHealthCheck("/health");

    /// <summary>The gateway listens on a fixed, documented port (Gateway:Port, 5080 by default) without a proxy in front.</summary>
    public static IResourceBuilder<ProjectResource> WithGatewayEndpoint(this IResourceBuilder<ProjectResource> gateway, IConfiguration configuration)
    {
        var port = configuration.GetValue("Gateway:Port", 5080);
        return gateway.WithHttpEndpoint(name: "http", port: port, targetPort: port, isProxied: false).WithExternalHttpEndpoints();
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using PromoMonth.AppHost.Infrastructure;

namespace PromoMonth.AppHost;

internal static class ServiceExtensions
{
    /// <summary>A service: its own database, the broker and the cache, healthy only when all three answer.</summary>
    public static IResourceBuilder<ProjectResource> AddService<TProject>(
        this IDistributedApplicationBuilder builder,
        string name,
        Infrastructure.Infrastructure infrastructure,
        string database,
        ReferenceExpression issuer)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name)
            .WithHttpEndpoint(name: "http")
            .WithInfrastructure(infrastructure, database)
            .WithEnvironment("Identity__Issuer", issuer)
            .WithReplicas(builder.Configuration.GetValue("Services:Replicas", infrastructure.ServiceReplicas))
            // Sampling and gauge settings (Telemetry:Tracing:SampleRatio, Telemetry:Gauges:*) reach every service.
            .WithForwardedConfiguration(builder.Configuration, "Telemetry")
            .WithServiceHealthCheck();

    /// <summary>
    /// Lets a service fetch the token server's signing keys (by service discovery). It starts alongside the token server,
    /// not after it: the keys are fetched at the first token, and no token reaches a service before the gateway, which
    /// waits for the token server, is up. (Waiting here put the token server's start in front of every service's: 6 s of
    /// a 30 s cold start on two cores.)
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithTokenServer(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<ProjectResource> identity) =>
        service.WithReference(identity);

    /// <summary>The token server validates the ministry's tokens against its own keys.</summary>
    public static IResourceBuilder<ProjectResource> WithOwnJwks(this IResourceBuilder<ProjectResource> identity) =>
        identity.WithEnvironment("Identity__JwksAddress", ReferenceExpression.Create($"{identity.GetEndpoint("http")}/.well-known/jwks"));

    /// <summary>
    /// Seeded clients' secrets: documented development secrets in Development; elsewhere Identity:ClientSecrets:&lt;client id&gt;
    /// from the AppHost's configuration or user secrets, and the token server refuses to start without them. The token
    /// server runs in the AppHost's environment, since it honours the development switch in Development only.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithClientSecrets(
        this IResourceBuilder<ProjectResource> identity, IDistributedApplicationBuilder builder)
    {
        identity.WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithEnvironment("DOTNET_ENVIRONMENT", builder.Environment.EnvironmentName);
        return builder.Environment.IsDevelopment()
            ? identity.WithEnvironment("Identity__UseDevelopmentSecrets", "true")
            : identity.WithForwardedConfiguration(builder.Configuration, "Identity:ClientSecrets");
    }

    /// <summary>
    /// The key ring that protects a service's signing keys (the token server's, the credential issuer's), outside its
    /// database: {section}:KeyRingPath of the AppHost (in production a mounted secret or volume shared by the replicas),
    /// else a folder under the state folder.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithKeyRing(
        this IResourceBuilder<ProjectResource> service, IDistributedApplicationBuilder builder, string section)
    {
        var configured = builder.Configuration[$"{section}:KeyRingPath"];
        var keyRing = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(LocalInfrastructureExtensions.StateDirectory(builder), $"{section.ToLowerInvariant()}-keyring")
            : Path.GetFullPath(configured);
        return service.WithForwardedConfiguration(builder.Configuration, $"{section}:SigningKeys")
            .WithEnvironment($"{section}__KeyRingPath", keyRing);
    }

    /// <summary>
    /// The benchmark's constant-answer peer (Benchmark:ConstantPeer, set by bench/run.sh) is passed on in Development only,
    /// so no production system can be told to map it.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithBenchmarkPeer(
        this IResourceBuilder<ProjectResource> service, IDistributedApplicationBuilder builder) =>
        builder.Environment.IsDevelopment() && builder.Configuration.GetValue<bool>("Benchmark:ConstantPeer")
            ? service.WithEnvironment("Benchmark__ConstantPeer", "true")
            : service;

    /// <summary>
    /// The benchmark's intake peer (Benchmark:IntakePeer, its address, set by bench/run.sh) is routed by the gateway in
    /// Development only, like the constant-answer peer.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithIntakePeer(
        this IResourceBuilder<ProjectResource> gateway, IDistributedApplicationBuilder builder) =>
        builder.Environment.IsDevelopment() && builder.Configuration["Benchmark:IntakePeer"] is { Length: > 0 } address
            ? gateway.WithEnvironment("Benchmark__IntakePeer", address)
            : gateway;

    /// <summary>
    /// The webhooks service runs in the AppHost's environment, and in Development sends to plain-http loopback receivers
    /// (the tests' own); in any other environment it sends to public https addresses only.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithReceiverPolicy(
        this IResourceBuilder<ProjectResource> webhooks, IDistributedApplicationBuilder builder)
    {
        webhooks.WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithEnvironment("DOTNET_ENVIRONMENT", builder.Environment.EnvironmentName);
        return builder.Environment.IsDevelopment() ? webhooks.WithEnvironment("Webhooks__AllowLoopbackReceivers", "true") : webhooks;
    }

    /// <summary>Passes an AppHost configuration section (for example agreed rate limits) on to a service.</summary>
    public static IResourceBuilder<ProjectResource> WithForwardedConfiguration(
        this IResourceBuilder<ProjectResource> service, IConfiguration configuration, string section)
    {
        foreach (var (key, value) in configuration.GetSection(section).AsEnumerable())
        {
            if (value is not null)
            {
                service.WithEnvironment(key.Replace(":", "__", StringComparison.Ordinal), value);
            }
        }
        return service;
    }
}

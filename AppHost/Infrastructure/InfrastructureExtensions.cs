using Microsoft.Extensions.Configuration;

namespace PromoMonth.AppHost.Infrastructure;

public static class InfrastructureExtensions
{
    /// <summary>PostgreSQL (one database per service), RabbitMQ and Redis, from the mode Infrastructure:Mode names.</summary>
    public static Infrastructure AddInfrastructure(
        this IDistributedApplicationBuilder builder, IReadOnlyDictionary<string, string> databases) =>
        ResolveMode(builder.Configuration) switch
        {
            InfrastructureMode.Container => AddContainerInfrastructure(builder, databases),
            InfrastructureMode.External => AddExternalInfrastructure(builder, databases),
            InfrastructureMode.Cluster => builder.AddClusterInfrastructure(databases),
            _ => builder.AddLocalInfrastructure(databases),
        };

    /// <summary>Gives a service its database, the broker and the cache, and holds its start until they are healthy.</summary>
    public static IResourceBuilder<ProjectResource> WithInfrastructure(
        this IResourceBuilder<ProjectResource> service, Infrastructure infrastructure, string database)
    {
        foreach (var dependency in new[] { infrastructure.Databases[database], infrastructure.Broker, infrastructure.Cache })
        {
            service.WithReference(dependency);
            if (infrastructure.CanWaitFor)
            {
                service.WaitFor(dependency);
            }
        }
        return infrastructure.QuorumQueues ? service.WithEnvironment("Messaging__QuorumQueues", "true") : service;
    }

    public static InfrastructureMode ResolveMode(IConfiguration configuration)
    {
        var configured = configuration["Infrastructure:Mode"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Enum.Parse<InfrastructureMode>(configured, ignoreCase: true);
        }
        // Local is the default wherever no Docker engine answers on its socket.
        var dockerHost = Environment.GetEnvironmentVariable("DOCKER_HOST");
        return !string.IsNullOrEmpty(dockerHost) || File.Exists("/var/run/docker.sock")
            ? InfrastructureMode.Container
            : InfrastructureMode.Local;
    }

    private static Infrastructure AddContainerInfrastructure(
        IDistributedApplicationBuilder builder, IReadOnlyDictionary<string, string> databases)
    {
        var postgres = builder.AddPostgres("postgres").WithDataVolume();
        var databaseResources = databases.ToDictionary(
            d => d.Key,
            d => (IResourceBuilder<IResourceWithConnectionString>)postgres.AddDatabase(d.Key, d.Value));
        var rabbitmq = builder.AddRabbitMQ("rabbitmq").WithDataVolume();
        var redis = builder.AddRedis("redis").WithDataVolume();
        return new Infrastructure(rabbitmq, redis, databaseResources, CanWaitFor: true);
    }

    private static Infrastructure AddExternalInfrastructure(
        IDistributedApplicationBuilder builder, IReadOnlyDictionary<string, string> databases)
    {
        // ConnectionStrings:<name> in configuration (or user secrets) points at the existing servers or clusters.
        var databaseResources = databases.Keys.ToDictionary(name => name, name => builder.AddConnectionString(name));
        return new Infrastructure(
            builder.AddConnectionString("rabbitmq"), builder.AddConnectionString("redis"), databaseResources, CanWaitFor: false);
    }
}

using Aspire.Hosting.Lifecycle;
using HealthChecks.RabbitMQ;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RabbitMQ.Client;

namespace PromoMonth.AppHost.Infrastructure;

/// <summary>Launches the Debian-packaged servers as executable resources, each with a health check of its own protocol.</summary>
public static class LocalInfrastructureExtensions
{
    public static Infrastructure AddLocalInfrastructure(
        this IDistributedApplicationBuilder builder, IReadOnlyDictionary<string, string> databases)
    {
        var local = builder.Configuration.GetSection("Infrastructure:Local");
        var state = StateDirectory(builder);
        var scripts = Path.Combine(builder.AppHostDirectory, "infra");

        var password = builder.AddParameter("postgres-password", secret: true);
        var postgresPort = local.GetValue("PostgresPort", 54320);
        var postgres = builder.AddResource(new LocalPostgresServerResource("postgres", "bash", state, postgresPort, password.Resource))
            .WithArgs(
                Path.Combine(scripts, "postgres.sh"),
                Path.Combine(state, "postgres"),
                postgresPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("POSTGRES_PASSWORD", password)
            .WithIconName("Database")
            .WithProtocolHealthCheck(builder, "postgres", (resource, services) => services.AddNpgSql(
                sp => resource.ConnectionStringExpression.GetValueAsync(default).AsTask().GetAwaiter().GetResult()!,
                name: "postgres_check"));

        var databaseResources = new Dictionary<string, IResourceBuilder<IResourceWithConnectionString>>();
        foreach (var (resourceName, databaseName) in databases)
        {
            databaseResources[resourceName] = builder
                .AddResource(new LocalPostgresDatabaseResource(resourceName, databaseName, postgres.Resource))
                .WithParentRelationship(postgres)
                .WithInitialState(new CustomResourceSnapshot
                {
                    ResourceType = "PostgresDatabase",
                    Properties = [],
                    State = KnownResourceStates.Waiting,
                });
        }
        builder.Eventing.Subscribe<ResourceReadyEvent>(postgres.Resource, async (ready, cancellationToken) =>
        {
            var notifications = ready.Services.GetRequiredService<ResourceNotificationService>();
            var serverConnection = await postgres.Resource.ConnectionStringExpression.GetValueAsync(cancellationToken);
            foreach (var database in databaseResources.Values.Select(d => (LocalPostgresDatabaseResource)d.Resource))
            {
                await CreateDatabaseIfMissingAsync(serverConnection!, database.DatabaseName, cancellationToken);
                await notifications.PublishUpdateAsync(database, s => s with { State = KnownResourceStates.Running });
            }
        });

        var rabbitPort = local.GetValue("RabbitMqPort", 56720);
        var rabbitmq = builder.AddResource(new LocalRabbitMqResource("rabbitmq", "bash", state, rabbitPort))
            .WithArgs(
                Path.Combine(scripts, "rabbitmq.sh"),
                Path.Combine(state, "rabbitmq"),
                rabbitPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                local.GetValue("RabbitMqNodeName", "promomonth@localhost")!,
                local.GetValue("RabbitMqDistPort", 56721).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithIconName("Mail")
            .WithProtocolHealthCheck(builder, "rabbitmq", (resource, services) => services.AddRabbitMQ(
                async sp =>
                {
                    var uri = new Uri((await resource.ConnectionStringExpression.GetValueAsync(default))!);
                    return await new ConnectionFactory { Uri = uri }.CreateConnectionAsync();
                },
                name: "rabbitmq_check"));

        var redisPort = local.GetValue("RedisPort", 63790);
        var redis = builder.AddResource(new LocalRedisResource("redis", "bash", state, redisPort))
            .WithArgs(
                Path.Combine(scripts, "redis.sh"),
                Path.Combine(state, "redis"),
                redisPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                local.GetValue("RedisMaxMemory", "256mb")!)
            .WithIconName("Memory")
            .WithProtocolHealthCheck(builder, "redis", (resource, services) => services.AddRedis(
                sp => resource.ConnectionStringExpression.GetValueAsync(default).AsTask().GetAwaiter().GetResult()!,
                name: "redis_check"));

        return new Infrastructure(rabbitmq, redis, databaseResources, CanWaitFor: true);
    }

    /// <summary>One folder keeps every record between runs; Infrastructure:StateDirectory moves it (tests use a temporary one).</summary>
    internal static string StateDirectory(IDistributedApplicationBuilder builder)
    {
        var configured = builder.Configuration["Infrastructure:StateDirectory"];
        var state = string.IsNullOrWhiteSpace(configured)
            ? Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", ".state"))
            : Path.GetFullPath(configured);
        Directory.CreateDirectory(state);
        return state;
    }

    internal static IResourceBuilder<T> WithProtocolHealthCheck<T>(
        this IResourceBuilder<T> resource,
        IDistributedApplicationBuilder builder,
        string name,
        Action<T, IHealthChecksBuilder> register) where T : IResource
    {
        register(resource.Resource, builder.Services.AddHealthChecks());
        return resource.WithHealthCheck($"{name}_check");
    }

    internal static async Task CreateDatabaseIfMissingAsync(
        string serverConnection, string databaseName, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(serverConnection);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection)
        {
            Parameters = { new() { Value = databaseName } },
        };
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            // Identifiers cannot be parameters; the names come from the AppHost's own code, quoted all the same.
            var quoted = databaseName.Replace("\"", "\"\"", StringComparison.Ordinal);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{quoted}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

using System.Globalization;
using HealthChecks.RabbitMQ;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace PromoMonth.AppHost.Infrastructure;

/// <summary>
/// Infrastructure:Mode=cluster: each engine as a cluster of Debian-packaged processes on this machine, failing over by
/// its own mechanism. PostgreSQL: a monitor and two nodes under pg_auto_failover (synchronous standby, automatic
/// promotion), reached by a multi-host string that asks for the primary. RabbitMQ: three clustered nodes behind HAProxy.
/// Redis: a primary, a replica and three Sentinels, reached through the Sentinels by service name.
/// </summary>
public static class ClusterInfrastructureExtensions
{
    private const string SentinelService = "promomonth";

    public static Infrastructure AddClusterInfrastructure(
        this IDistributedApplicationBuilder builder, IReadOnlyDictionary<string, string> databases)
    {
        var settings = builder.Configuration.GetSection("Infrastructure:Cluster");
        var state = Path.Combine(LocalInfrastructureExtensions.StateDirectory(builder), "cluster");
        var scripts = Path.Combine(builder.AppHostDirectory, "infra");
        Directory.CreateDirectory(state);
        var context = new ClusterContext(builder, settings, state, scripts);

        var databaseResources = context.AddPostgres(databases);
        var broker = context.AddRabbitMq();
        var cache = context.AddRedis();
        return new Infrastructure(broker, cache, databaseResources, CanWaitFor: true, ServiceReplicas: 2, QuorumQueues: true);
    }

    private sealed record ClusterContext(
        IDistributedApplicationBuilder Builder, IConfigurationSection Settings, string State, string Scripts)
    {
        private int[] Ports(string key, params int[] defaults) =>
            Settings.GetSection(key).Get<int[]>() is { Length: > 0 } configured ? configured : defaults;

        private int Port(string key, int fallback) => Settings.GetValue(key, fallback);

        private IResourceBuilder<ExecutableResource> Node(string name, string script, params string[] args) =>
            Builder.AddExecutable(name, "bash", State, [Path.Combine(Scripts, script), .. args]);

        public Dictionary<string, IResourceBuilder<IResourceWithConnectionString>> AddPostgres(
            IReadOnlyDictionary<string, string> databases)
        {
            var monitorPort = Port("PostgresMonitorPort", 54330);
            var nodePorts = Ports("PostgresPorts", 54331, 54332);
            var monitor = Node("pg-monitor", "pg-autoctl.sh", "monitor", Path.Combine(State, "pg-monitor", "data"), Text(monitorPort))
                .WithIconName("DatabaseSearch")
                .WithNpgsqlCheck(Builder, "pg-monitor", ReferenceExpression.Create(
                    $"Host=127.0.0.1;Port={Text(monitorPort)};Username=autoctl_node;Database=pg_auto_failover"));
            var monitorUri = $"postgres://autoctl_node@127.0.0.1:{Text(monitorPort)}/pg_auto_failover?sslmode=disable";

            IResourceBuilder<ExecutableResource>? previous = null;
            var nodes = new List<IResourceBuilder<ExecutableResource>>();
            for (var i = 0; i < nodePorts.Length; i++)
            {
                var name = $"pg-node-{i + 1}";
                var node = Node(name, "pg-autoctl.sh", "node", Path.Combine(State, name, "data"), Text(nodePorts[i]), name, monitorUri)
                    .WithIconName("Database")
                    .WithNpgsqlCheck(Builder, name, ReferenceExpression.Create(
                        $"Host=127.0.0.1;Port={Text(nodePorts[i])};Username=postgres;Database=postgres"))
                    .WaitFor(monitor);
                // One after the other: the first becomes the primary, the next clones it as its standby.
                node = previous is null ? node : node.WaitFor(previous);
                previous = node;
                nodes.Add(node);
            }

            var password = Builder.AddParameter("postgres-password", secret: true);
            var hosts = string.Join(",", nodePorts.Select(p => $"127.0.0.1:{Text(p)}"));
            var formation = Builder.AddResource(new ClusterEndpointResource("postgres", ReferenceExpression.Create(
                    $"Host={hosts};Username=postgres;Password={password.Resource};Target Session Attributes=primary")))
                .AsClusterEndpoint("PostgresFormation", "Database", nodes.Prepend(monitor));
            formation.WithNpgsqlCheck(Builder, "postgres", formation.Resource.ConnectionStringExpression);

            var databaseResources = new Dictionary<string, IResourceBuilder<IResourceWithConnectionString>>();
            foreach (var (resourceName, databaseName) in databases)
            {
                databaseResources[resourceName] = Builder
                    .AddResource(new LocalPostgresDatabaseResource(resourceName, databaseName, formation.Resource))
                    .WithParentRelationship(formation)
                    .WithInitialState(Waiting("PostgresDatabase"));
            }
            // The databases are created on the primary once the whole formation runs; the standby receives them.
            formation.RunningWhenReady(Builder, nodes[^1], async (notifications, cancellationToken) =>
            {
                var primary = await formation.Resource.ConnectionStringExpression.GetValueAsync(cancellationToken);
                foreach (var database in databaseResources.Values.Select(d => (LocalPostgresDatabaseResource)d.Resource))
                {
                    await LocalInfrastructureExtensions.CreateDatabaseIfMissingAsync(primary!, database.DatabaseName, cancellationToken);
                    await notifications.PublishUpdateAsync(database, s => s with { State = KnownResourceStates.Running });
                }
            });
            return databaseResources;
        }

        public IResourceBuilder<IResourceWithConnectionString> AddRabbitMq()
        {
            var ports = Ports("RabbitMqPorts", 56731, 56732, 56733);
            var distPorts = Ports("RabbitMqDistPorts", 56741, 56742, 56743);
            var balancerPort = Port("RabbitMqLoadBalancerPort", 56730);
            var cookie = Builder.AddParameter("rabbitmq-cookie", secret: true);
            // Node names are unique on the machine (epmd): a second system beside this one (tests) names its own.
            var prefix = Settings.GetValue("RabbitMqNodePrefix", "promomonth")!;
            var names = Enumerable.Range(1, ports.Length).Select(i => $"{prefix}-{i}@localhost").ToArray();

            IResourceBuilder<ExecutableResource>? previous = null;
            var nodes = new List<IResourceBuilder<ExecutableResource>>();
            for (var i = 0; i < ports.Length; i++)
            {
                var name = $"rabbitmq-node-{i + 1}";
                var node = Node(name, "rabbitmq-node.sh", Path.Combine(State, name), Text(ports[i]), names[i], Text(distPorts[i]),
                        string.Join(",", names))
                    .WithEnvironment("RABBITMQ_CLUSTER_COOKIE", cookie)
                    .WithIconName("Mail")
                    .WithAmqpCheck(Builder, name, ReferenceExpression.Create($"amqp://guest:guest@127.0.0.1:{Text(ports[i])}/"));
                // A node finds the cluster only if a node of it already runs: started after the one before.
                node = previous is null ? node : node.WaitFor(previous);
                previous = node;
                nodes.Add(node);
            }

            var config = Path.Combine(State, "haproxy.cfg");
            File.WriteAllText(config, HaproxyConfiguration.ForBroker(balancerPort, ports));
            var balancer = Node("haproxy", "haproxy.sh", config).WithIconName("ArrowSplit");
            var broker = Builder.AddResource(new ClusterEndpointResource("rabbitmq",
                    ReferenceExpression.Create($"amqp://guest:guest@127.0.0.1:{Text(balancerPort)}/")))
                .AsClusterEndpoint("RabbitMQCluster", "Mail", [.. nodes, balancer]);
            broker.WithAmqpCheck(Builder, "rabbitmq", broker.Resource.ConnectionStringExpression)
                .RunningWhenReady(Builder, nodes[^1]);
            return broker;
        }

        public IResourceBuilder<IResourceWithConnectionString> AddRedis()
        {
            var ports = Ports("RedisPorts", 63791, 63792);
            var sentinelPorts = Ports("SentinelPorts", 63801, 63802, 63803);
            var maxMemory = Builder.Configuration["Infrastructure:Local:RedisMaxMemory"] ?? "256mb";
            var primary = Node("redis-1", "redis.sh", Path.Combine(State, "redis-1"), Text(ports[0]), maxMemory).WithIconName("Memory");
            var nodes = new List<IResourceBuilder<ExecutableResource>> { primary };
            for (var i = 1; i < ports.Length; i++)
            {
                nodes.Add(Node($"redis-{i + 1}", "redis.sh", Path.Combine(State, $"redis-{i + 1}"), Text(ports[i]), maxMemory,
                    "--replicaof", "127.0.0.1", Text(ports[0])).WithIconName("Memory").WaitFor(primary));
            }
            // A majority of three Sentinels agrees that the primary is down before one of them promotes the replica.
            var quorum = Text((sentinelPorts.Length / 2) + 1);
            for (var i = 0; i < sentinelPorts.Length; i++)
            {
                var name = $"redis-sentinel-{i + 1}";
                nodes.Add(Node(name, "redis-sentinel.sh", Path.Combine(State, name), Text(sentinelPorts[i]), SentinelService,
                    Text(ports[0]), quorum).WithIconName("Eye").WaitFor(primary));
            }

            var sentinels = string.Join(",", sentinelPorts.Select(p => $"127.0.0.1:{Text(p)}"));
            var cache = Builder.AddResource(new ClusterEndpointResource("redis",
                    ReferenceExpression.Create($"{sentinels},serviceName={SentinelService},abortConnect=false")))
                .AsClusterEndpoint("RedisSentinel", "Memory", nodes);
            cache.WithProtocolHealthCheck(Builder, "redis", (resource, services) => services.AddRedis(
                sp => resource.ConnectionStringExpression.GetValueAsync(default).AsTask().GetAwaiter().GetResult()!,
                name: "redis_check"));
            cache.RunningWhenReady(Builder, nodes[^1]);
            return cache;
        }
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);

    private static CustomResourceSnapshot Waiting(string type) =>
        new() { ResourceType = type, Properties = [], State = KnownResourceStates.Waiting };

    /// <summary>Shows the nodes under the endpoint on the dashboard; it waits until they are started.</summary>
    private static IResourceBuilder<ClusterEndpointResource> AsClusterEndpoint(
        this IResourceBuilder<ClusterEndpointResource> endpoint, string type, string icon,
        IEnumerable<IResourceBuilder<ExecutableResource>> nodes)
    {
        endpoint.WithInitialState(Waiting(type)).WithIconName(icon);
        foreach (var node in nodes)
        {
            node.WithParentRelationship(endpoint);
        }
        return endpoint;
    }

    /// <summary>
    /// The endpoint runs no process, so it turns Running itself once its last node (started after the others) is ready,
    /// after any preparation (the databases); its health check then decides when it is healthy.
    /// </summary>
    private static IResourceBuilder<ClusterEndpointResource> RunningWhenReady(
        this IResourceBuilder<ClusterEndpointResource> endpoint, IDistributedApplicationBuilder builder,
        IResourceBuilder<ExecutableResource> lastNode, Func<ResourceNotificationService, CancellationToken, Task>? prepare = null)
    {
        builder.Eventing.Subscribe<ResourceReadyEvent>(lastNode.Resource, async (ready, cancellationToken) =>
        {
            var notifications = ready.Services.GetRequiredService<ResourceNotificationService>();
            await (prepare?.Invoke(notifications, cancellationToken) ?? Task.CompletedTask);
            await notifications.PublishUpdateAsync(endpoint.Resource, s => s with { State = KnownResourceStates.Running });
        });
        return endpoint;
    }

    private static IResourceBuilder<T> WithNpgsqlCheck<T>(
        this IResourceBuilder<T> resource, IDistributedApplicationBuilder builder, string name, ReferenceExpression connectionString)
        where T : IResource =>
        resource.WithProtocolHealthCheck(builder, name, (_, services) => services.AddNpgSql(
            sp => connectionString.GetValueAsync(default).AsTask().GetAwaiter().GetResult()!, name: $"{name}_check"));

    private static IResourceBuilder<T> WithAmqpCheck<T>(
        this IResourceBuilder<T> resource, IDistributedApplicationBuilder builder, string name, ReferenceExpression uri)
        where T : IResource =>
        resource.WithProtocolHealthCheck(builder, name, (_, services) => services.AddRabbitMQ(
            async sp => await new ConnectionFactory { Uri = new Uri((await uri.GetValueAsync(default))!) }.CreateConnectionAsync(),
            name: $"{name}_check"));
}

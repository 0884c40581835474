using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace PromoMonth.EndToEndTests;

/// <summary>
/// Infrastructure:Mode=cluster describes every engine as a cluster of its own nodes, and the services reach each through
/// one string that survives a node's loss: the PostgreSQL primary by a multi-host string, the broker through its load
/// balancer, Redis through its Sentinels. Read from the AppHost's model; nothing is started.
/// </summary>
public sealed class ClusterTopologyTests
{
    private static readonly string[] Services = ["identity", "registry", "licensing", "statistics", "complaints", "webhooks"];

    [Fact]
    public async Task Every_engine_is_a_cluster_of_nodes_shown_under_its_connection()
    {
        using var builder = await ClusterAsync();
        var resources = builder.Resources.ToDictionary(r => r.Name);

        string[] nodes = ["pg-monitor", "pg-node-1", "pg-node-2", "rabbitmq-node-1", "rabbitmq-node-2", "rabbitmq-node-3", "haproxy",
            "redis-1", "redis-2", "redis-sentinel-1", "redis-sentinel-2", "redis-sentinel-3"];
        Assert.All(nodes, node => Assert.IsAssignableFrom<ExecutableResource>(resources[node]));
        Assert.Equal(3, nodes.Count(n => Parent(resources[n]) == "postgres"));
        Assert.Equal(4, nodes.Count(n => Parent(resources[n]) == "rabbitmq"));
        Assert.Equal(5, nodes.Count(n => Parent(resources[n]) == "redis"));
    }

    [Fact]
    public async Task The_services_reach_the_primary_the_broker_and_the_cache_through_strings_that_name_every_node()
    {
        using var builder = await ClusterAsync();
        var resources = builder.Resources.ToDictionary(r => r.Name);

        var database = await ConnectionStringAsync(resources["complaints-db"]);
        var broker = await ConnectionStringAsync(resources["rabbitmq"]);
        var cache = await ConnectionStringAsync(resources["redis"]);

        Assert.Contains("Host=127.0.0.1:54331,127.0.0.1:54332;", database, StringComparison.Ordinal);
        Assert.Contains("Target Session Attributes=primary", database, StringComparison.Ordinal);
        Assert.EndsWith("Database=complaints", database, StringComparison.Ordinal);
        Assert.Equal("amqp://guest:guest@127.0.0.1:56730/", broker);
        Assert.Equal("127.0.0.1:63801,127.0.0.1:63802,127.0.0.1:63803,serviceName=promomonth,abortConnect=false", cache);
    }

    [Fact]
    public async Task Every_service_runs_two_replicas()
    {
        using var builder = await ClusterAsync();

        foreach (var service in builder.Resources.OfType<ProjectResource>().Where(p => Services.Contains(p.Name)))
        {
            Assert.True(service.TryGetLastAnnotation<ReplicaAnnotation>(out var replicas), $"{service.Name} has no replica count");
            Assert.Equal(2, replicas.Replicas);
        }
    }

    [Fact]
    public async Task Two_gateways_run_behind_one_front_that_holds_the_public_port()
    {
        using var builder = await ClusterAsync();
        var resources = builder.Resources.ToDictionary(r => r.Name);

        var front = Assert.IsAssignableFrom<ExecutableResource>(resources["gateway"]);
        Assert.True(front.TryGetEndpoints(out var endpoints));
        Assert.Equal(5080, Assert.Single(endpoints).Port);
        Assert.All(new[] { "gateway-1", "gateway-2" }, name =>
        {
            Assert.IsType<ProjectResource>(resources[name]);
            Assert.Equal("gateway", Parent(resources[name]));
        });
        Assert.DoesNotContain(builder.Resources.OfType<ProjectResource>(), p => p.Name == "gateway");
    }

    private static string? Parent(IResource resource) =>
        resource.Annotations.OfType<ResourceRelationshipAnnotation>().FirstOrDefault(r => r.Type == "Parent")?.Resource.Name;

    private static async Task<string> ConnectionStringAsync(IResource resource) =>
        (await ((IResourceWithConnectionString)resource).ConnectionStringExpression.GetValueAsync(CancellationToken.None))!;

    private static Task<IDistributedApplicationTestingBuilder> ClusterAsync() =>
        DistributedApplicationTestingBuilder.CreateAsync<Projects.PromoMonth_AppHost>(
            [
                "Infrastructure:Mode=cluster",
                $"Infrastructure:StateDirectory={Path.Combine(Path.GetTempPath(), "promomonth-cluster-model")}",
            ],
            (options, _) => options.DisableDashboard = true);
}

using System.Globalization;

namespace PromoMonth.FaultTests;

/// <summary>
/// The whole system on the cluster topology (Infrastructure:Mode=cluster): PostgreSQL under pg_auto_failover, three
/// RabbitMQ nodes behind HAProxy, Redis under Sentinel, two replicas of every service; every node on a free port.
/// </summary>
public sealed class ClusterSystemFixture : SystemFixture, IAsyncLifetime
{
    /// <summary>
    /// Healthy resources are not yet a cluster that answers: with two token servers behind the gateway, the first
    /// token request once got a 401 on a fresh cluster. The scenarios start when a partner gets a token.
    /// </summary>
    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        var (answered, last) = await Settled.ReachedAsync(
            () => Tokens.RequestAsync(Gateway, "ministry"), answer => answer.AccessToken is not null);
        Assert.True(answered, $"no token from the cluster: {last}");
    }

    /// <summary>The Sentinels' ports: the scenarios ask them which Redis is the primary.</summary>
    public IReadOnlyList<int> SentinelPorts { get; } = [FreePort(), FreePort(), FreePort()];

    protected override IEnumerable<string> ExtraArguments =>
    [
        "Infrastructure:Mode=cluster",
        // The scenarios' consumers all read from one loopback address, as fast as it answers, and the hotline posts far
        // past its agreed volume at full size; the limits are not what these scenarios measure (the Redis one checks
        // that a client's limit holds again, on a client with a bucket of its own).
        "Gateway:RateLimits:PerAddress:TokenLimit=1000000",
        "Gateway:RateLimits:PerAddress:TokensPerPeriod=1000000",
        "Gateway:RateLimits:PerClient:TokenLimit=1000000",
        "Gateway:RateLimits:PerClient:TokensPerPeriod=1000000",
        .. Ports("GatewayPorts", 2),
        $"Infrastructure:Cluster:PostgresMonitorPort={FreePort()}",
        .. Ports("PostgresPorts", 2),
        $"Infrastructure:Cluster:RabbitMqLoadBalancerPort={FreePort()}",
        $"Infrastructure:Cluster:RabbitMqNodePrefix=promomonth-faults-{Guid.NewGuid():N}"[..64],
        .. Ports("RabbitMqPorts", 3),
        .. Ports("RabbitMqDistPorts", 3),
        .. Ports("RedisPorts", 2),
        .. SentinelPorts.Select((port, i) =>
            string.Create(CultureInfo.InvariantCulture, $"Infrastructure:Cluster:SentinelPorts:{i}={port}")),
    ];

    private static IEnumerable<string> Ports(string key, int count) =>
        Enumerable.Range(0, count)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"Infrastructure:Cluster:{key}:{i}={FreePort()}"));
}

[CollectionDefinition(Name)]
public sealed class ClusterSystemCollection : ICollectionFixture<ClusterSystemFixture>
{
    public const string Name = "Cluster system";
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using PromoMonth.IntegrationTests.Infrastructure;

namespace PromoMonth.ServiceTests.Infrastructure;

/// <summary>
/// The integration tests' real PostgreSQL and RabbitMQ, plus a real Redis, for the whole run. Each hosted service
/// gets a database of its own, so services never see each other's rows.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit ends it through IAsyncLifetime.DisposeAsync.")]
public sealed class ServersFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly RealServersFixture _servers = new();
    private readonly string _redisState = Path.Combine(Path.GetTempPath(), $"promomonth-st-redis-{Guid.NewGuid():N}");
    private readonly int _redisPort = FreePort();
    private readonly ConcurrentDictionary<Type, Lazy<Task<IAsyncDisposable>>> _services = new();
    private ServerProcess _redis = null!;

    public string BrokerUri => _servers.BrokerUri;

    public string RedisConnectionString => $"127.0.0.1:{_redisPort}";

    public async Task InitializeAsync()
    {
        _redis = new ServerProcess(
            "redis",
            RepositoryPaths.InfraScript("redis.sh"),
            [_redisState, _redisPort.ToString(CultureInfo.InvariantCulture)],
            new Dictionary<string, string>());
        _redis.Start();
        await _servers.InitializeAsync();
        await _redis.WaitUntilListeningAsync(_redisPort, StartTimeout);
    }

    /// <summary>
    /// The service of <typeparamref name="TEntryPoint"/>'s assembly, started once for the run on a fresh database of
    /// its own (tests of one service share it, so each test works on records it made). Production unless asked.
    /// </summary>
    public async Task<ServiceHost<TEntryPoint>> ServiceAsync<TEntryPoint>(
        string databaseConnectionName, string environment = "Production", IReadOnlyDictionary<string, string>? settings = null)
        where TEntryPoint : class
    {
        var started = _services.GetOrAdd(typeof(TEntryPoint), _ => new Lazy<Task<IAsyncDisposable>>(async () =>
        {
            var database = await _servers.CreateDatabaseAsync(databaseConnectionName.Replace("-db", "", StringComparison.Ordinal));
            var host = new ServiceHost<TEntryPoint>(databaseConnectionName, database, this, environment, settings);
            // Builds and starts the host: migrations and seeding run as in the service's entry point.
            host.StartServer();
            return (IAsyncDisposable)host;
        }));
        return (ServiceHost<TEntryPoint>)await started.Value;
    }

    public async Task DisposeAsync()
    {
        foreach (var service in _services.Values.Where(s => s.IsValueCreated))
        {
            await (await service.Value).DisposeAsync();
        }
        await _redis.DisposeAsync();
        await _servers.DisposeAsync();
        try
        {
            Directory.Delete(_redisState, recursive: true);
        }
        catch (IOException)
        {
            // Redis's last file handle can outlive its kill by a moment; the folder is in the temp area anyway.
        }
    }

    private static int FreePort() => ListeningPorts.Next();
}

[CollectionDefinition(Name)]
public sealed class ServersCollection : ICollectionFixture<ServersFixture>
{
    public const string Name = "One service in process, on real servers";
}

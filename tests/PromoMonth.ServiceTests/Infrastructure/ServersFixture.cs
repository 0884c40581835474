using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using PromoMonth.IntegrationTests.Infrastructure;
using RabbitMQ.Client;

namespace PromoMonth.ServiceTests.Infrastructure;

/// <summary>
/// Real PostgreSQL, RabbitMQ and Redis for the whole test run, on free ports and a throw-away state folder. Each
/// hosted service gets a database of its own, so tests never see each other's rows.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit ends it through IAsyncLifetime.DisposeAsync.")]
public sealed class ServersFixture : IAsyncLifetime
{
    private const string Password = "service-tests";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly string _state = Path.Combine(Path.GetTempPath(), $"promomonth-st-{Guid.NewGuid():N}");
    private readonly int _postgresPort = FreePort();
    private readonly int _rabbitPort = FreePort();
    private readonly int _rabbitDistPort = FreePort();
    private readonly int _redisPort = FreePort();
    private ServerProcess _postgres = null!;
    private ServerProcess _rabbit = null!;
    private ServerProcess _redis = null!;
    private readonly ConcurrentDictionary<Type, Lazy<Task<IAsyncDisposable>>> _services = new();

    public string BrokerUri => $"amqp://guest:guest@127.0.0.1:{_rabbitPort}/";

    public string RedisConnectionString => $"127.0.0.1:{_redisPort}";

    public string DatabaseConnectionString(string database) =>
        $"Host=127.0.0.1;Port={_postgresPort};Username=postgres;Password={Password};Database={database}";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_state);
        _postgres = new ServerProcess(
            "postgres",
            RepositoryPaths.InfraScript("postgres.sh"),
            [Path.Combine(_state, "postgres"), Invariant(_postgresPort)],
            new Dictionary<string, string> { ["POSTGRES_PASSWORD"] = Password });
        _rabbit = new ServerProcess(
            "rabbitmq",
            RepositoryPaths.InfraScript("rabbitmq.sh"),
            [Path.Combine(_state, "rabbitmq"), Invariant(_rabbitPort), $"promomonth-st-{_rabbitPort}@localhost", Invariant(_rabbitDistPort)],
            new Dictionary<string, string>());
        _redis = new ServerProcess(
            "redis",
            RepositoryPaths.InfraScript("redis.sh"),
            [Path.Combine(_state, "redis"), Invariant(_redisPort)],
            new Dictionary<string, string>());
        _postgres.Start();
        _rabbit.Start();
        _redis.Start();
        await _postgres.WaitUntilListeningAsync(_postgresPort, StartTimeout);
        await _redis.WaitUntilListeningAsync(_redisPort, StartTimeout);
        await WaitForBrokerAsync();
    }

    /// <summary>A fresh, empty database.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..40];
        await using var connection = new NpgsqlConnection(DatabaseConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return DatabaseConnectionString(name);
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
            var database = await CreateDatabaseAsync(databaseConnectionName.Replace("-db", "", StringComparison.Ordinal));
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
        NpgsqlConnection.ClearAllPools();
        await _redis.DisposeAsync();
        await _rabbit.DisposeAsync();
        await _postgres.DisposeAsync();
        try
        {
            Directory.Delete(_state, recursive: true);
        }
        catch (IOException)
        {
            // A server's last file handle can outlive its kill by a moment; the folder is in the temp area anyway.
        }
    }

    private async Task WaitForBrokerAsync()
    {
        await _rabbit.WaitUntilListeningAsync(_rabbitPort, StartTimeout);
        // The port opens a moment before the broker accepts AMQP logins.
        using var deadline = new CancellationTokenSource(StartTimeout);
        while (true)
        {
            try
            {
                await using var connection = await new ConnectionFactory { Uri = new Uri(BrokerUri) }.CreateConnectionAsync(deadline.Token);
                return;
            }
            catch (Exception ex) when (ex is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException && !deadline.IsCancellationRequested)
            {
                await Task.Delay(250, deadline.Token);
            }
        }
    }

    private static string Invariant(int port) => port.ToString(CultureInfo.InvariantCulture);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class ServersCollection : ICollectionFixture<ServersFixture>
{
    public const string Name = "One service in process, on real servers";
}

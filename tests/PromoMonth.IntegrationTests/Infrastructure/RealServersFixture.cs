using System.Net;
using Npgsql;
using RabbitMQ.Client;

namespace PromoMonth.IntegrationTests.Infrastructure;

/// <summary>
/// Real PostgreSQL and RabbitMQ, from the same Debian packages and launch scripts the AppHost uses, on free ports
/// and a throw-away state folder, so tests can stop the broker under a running service.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit ends it through IAsyncLifetime.DisposeAsync.")]
public sealed class RealServersFixture : IAsyncLifetime
{
    private const string Password = "integration-tests";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly string _state = Path.Combine(Path.GetTempPath(), $"promomonth-it-{Guid.NewGuid():N}");
    private readonly int _postgresPort = FreePort();
    private readonly int _rabbitPort = FreePort();
    private readonly int _rabbitDistPort = FreePort();
    private ServerProcess _postgres = null!;
    private ServerProcess _rabbit = null!;

    public string BrokerUri => $"amqp://guest:guest@127.0.0.1:{_rabbitPort}/";

    public string DatabaseConnectionString(string database) =>
        $"Host=127.0.0.1;Port={_postgresPort};Username=postgres;Password={Password};Database={database}";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_state);
        _postgres = new ServerProcess(
            "postgres",
            RepositoryPaths.InfraScript("postgres.sh"),
            [Path.Combine(_state, "postgres"), _postgresPort.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            new Dictionary<string, string> { ["POSTGRES_PASSWORD"] = Password });
        _rabbit = new ServerProcess(
            "rabbitmq",
            RepositoryPaths.InfraScript("rabbitmq.sh"),
            [
                Path.Combine(_state, "rabbitmq"),
                _rabbitPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"promomonth-it-{_rabbitPort}@localhost",
                _rabbitDistPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ],
            new Dictionary<string, string>());
        _postgres.Start();
        _rabbit.Start();
        await _postgres.WaitUntilListeningAsync(_postgresPort, StartTimeout);
        await WaitForBrokerAsync();
    }

    public async Task StopBrokerAsync() => await _rabbit.KillAsync();

    public async Task StartBrokerAsync()
    {
        _rabbit.Start();
        await WaitForBrokerAsync();
    }

    /// <summary>A fresh, empty database for one test, so tests never see each other's rows.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..40];
        await using var connection = new NpgsqlConnection(DatabaseConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return DatabaseConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
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
        await Eventually.HoldsAsync(BrokerRefusalAsync, refusal => refusal is null, "the broker to accept an AMQP login", StartTimeout);
    }

    /// <summary>Null once the broker accepts a login, else why it did not.</summary>
    private async Task<string?> BrokerRefusalAsync()
    {
        try
        {
            await using var connection = await new ConnectionFactory { Uri = new Uri(BrokerUri) }.CreateConnectionAsync();
            return null;
        }
        catch (Exception ex) when (ex is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException)
        {
            return ex.Message;
        }
    }

    private static int FreePort() => ListeningPorts.Next();
}

[CollectionDefinition(Name)]
public sealed class RealServersCollection : ICollectionFixture<RealServersFixture>
{
    public const string Name = "Real PostgreSQL and RabbitMQ";
}

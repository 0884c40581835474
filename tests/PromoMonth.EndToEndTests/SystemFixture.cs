using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using PromoMonth.IntegrationTests.Infrastructure;

namespace PromoMonth.EndToEndTests;

/// <summary>
/// The whole system from the real AppHost: local PostgreSQL, RabbitMQ and Redis on free ports and a throw-away state
/// folder (so a developer's running system is untouched), the services and the gateway, all healthy.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit ends it through IAsyncLifetime.DisposeAsync.")]
public partial class SystemFixture : IAsyncLifetime
{
    public static readonly string[] Resources =
    [
        "postgres", "rabbitmq", "redis",
        "identity-db", "registry-db", "licensing-db", "statistics-db", "complaints-db", "webhooks-db",
        "identity", "registry", "licensing", "statistics", "complaints", "webhooks", "gateway",
    ];
    /// <summary>A client the rate-limit test creates; only it has the tiny bucket.</summary>
    public const string ThrottledClient = "throttle-probe";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private readonly string _state = Path.Combine(Path.GetTempPath(), $"promomonth-e2e-{Guid.NewGuid():N}");

    /// <summary>The folder every server of this system keeps its data in.</summary>
    public string StateDirectory => _state;
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The system has not started.");

    public TimeSpan TimeToHealthy { get; private set; }

    /// <summary>When every resource was first healthy: the end of a clean start.</summary>
    public DateTimeOffset HealthyAt { get; private set; }

    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>More AppHost configuration for a variant of the system (for example, replicas of every service).</summary>
    protected virtual IEnumerable<string> ExtraArguments => [];

    public async Task InitializeAsync()
    {
        // No dev certificate exists on these machines: the AppHost runs on plain http, as its launch profile says.
        Environment.SetEnvironmentVariable("ASPIRE_ALLOW_UNSECURED_TRANSPORT", "true");
        var rabbitPort = FreePort();
        string[] args =
        [
            $"Infrastructure:Mode=local",
            $"Infrastructure:StateDirectory={_state}",
            $"Infrastructure:Local:PostgresPort={FreePort()}",
            $"Infrastructure:Local:RabbitMqPort={rabbitPort}",
            $"Infrastructure:Local:RabbitMqDistPort={FreePort()}",
            $"Infrastructure:Local:RabbitMqNodeName=promomonth-e2e-{rabbitPort}@localhost",
            $"Infrastructure:Local:RedisPort={FreePort()}",
            $"Gateway:Port={FreePort()}",
            // One partner with a tiny agreed volume, so the rate-limit test can exhaust it without slowing the others.
            $"Gateway:RateLimits:Clients:{ThrottledClient}:TokenLimit=3",
            $"Gateway:RateLimits:Clients:{ThrottledClient}:TokensPerPeriod=1",
            $"Gateway:RateLimits:Clients:{ThrottledClient}:ReplenishmentPeriod=00:01:00",
            // The 2020 campaign ended years before these tests run: a long grace keeps its licences grantable
            // (each licence is still capped at Licensing:MaxValidityDays from its grant).
            "Licensing:GracePeriodDays=3650",
            // The overdue watch looks every second here, so its once-only promise is tested in seconds.
            "Complaints:OverdueWatch:Interval=00:00:01",
            "Statistics:DeadlineWatch:Interval=00:00:01",
            // The token server checks its signing keys every second too, so the idle-trace test sees its passes.
            "Identity:SigningKeys:CheckInterval=00:00:01",
            // The messaging gauges sample every two seconds, so a broker outage shows on a service's health in seconds.
            "Telemetry:Gauges:Interval=00:00:02",
            // Webhook retries in seconds, and a short attempt, so the retry and slow-receiver tests run in seconds.
            "Webhooks:Delivery:RetrySchedule=00:00:01,00:00:02,00:00:04",
            "Webhooks:Delivery:Timeout=00:00:04",
            .. ExtraArguments,
        ];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.PromoMonth_AppHost>(
            args, (options, _) => options.DisableDashboard = true);
        await ExportTelemetryAsync(builder);

        var started = System.Diagnostics.Stopwatch.StartNew();
        _app = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        // The last state of every resource instance, so a start that times out says which part never came up.
        var states = new System.Collections.Concurrent.ConcurrentDictionary<string, CustomResourceSnapshot>();
        using var watching = new CancellationTokenSource();
        _ = Task.Run(async () =>
        {
            await foreach (var change in _app.ResourceNotifications.WatchAsync(watching.Token))
            {
                states[change.ResourceId] = change.Snapshot;
            }
        }, CancellationToken.None);
        try
        {
            await _app.StartAsync(timeout.Token);
            foreach (var resource in Resources)
            {
                await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            var ended = states
                .Where(s => s.Value.State?.Text is { } state && KnownResourceStates.TerminalStates.Contains(state))
                .Select(s => s.Key);
            var logs = new List<string>();
            foreach (var instance in ended)
            {
                logs.Add($"--- {instance}:\n{string.Join("\n", await LastLogLinesAsync(instance))}");
            }
            var seen = states
                .OrderBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => $"{s.Key} {s.Value.State?.Text} {s.Value.HealthStatus}");
            throw new TimeoutException(
                $"The system was not healthy within {StartTimeout}: {string.Join("; ", seen)}\n{string.Join("\n", logs)}");
        }
        finally
        {
            await watching.CancelAsync();
        }
        TimeToHealthy = started.Elapsed;
        HealthyAt = DateTimeOffset.UtcNow;
        Gateway = _app.CreateHttpClient("gateway");
    }

    /// <summary>The end of an instance's console log, for the message of a start that failed.</summary>
    private async Task<IEnumerable<string>> LastLogLinesAsync(string instance)
    {
        var lines = new List<string>();
        using var reading = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            var logger = App.Services.GetRequiredService<ResourceLoggerService>();
            await foreach (var batch in logger.WatchAsync(instance).WithCancellation(reading.Token))
            {
                lines.AddRange(batch.Select(line => line.Content));
            }
        }
        catch (OperationCanceledException)
        {
            // The backlog has been read; nothing more is coming from an ended process.
        }
        return lines.TakeLast(25);
    }

    /// <summary>Where the services send their traces, if this suite reads them (each test project says).</summary>
    private partial Task ExportTelemetryAsync(IDistributedApplicationTestingBuilder builder);

    /// <summary>Ends what <see cref="ExportTelemetryAsync"/> started, once the system has stopped.</summary>
    private partial ValueTask StopTelemetryAsync();

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        await StopTelemetryAsync();
        try
        {
            Directory.Delete(_state, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp area if a server still held a file.
        }
    }

    protected static int FreePort() => ListeningPorts.Next();
}

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<SystemFixture>
{
    public const string Name = "Whole system";
}

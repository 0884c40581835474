using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PromoMonth.IntegrationTests.Infrastructure;
using PromoMonth.Statistics.Deadlines;
using PromoMonth.Statistics.Infrastructure;

namespace PromoMonth.IntegrationTests.Statistics;

/// <summary>
/// One replica of the statistics service without its HTTP front: the same database, bus, consumers, reporting and
/// deadline watch wiring as the service, on the real servers, with a clock the test moves.
/// </summary>
internal sealed class StatisticsReplica(IHost host) : IAsyncDisposable
{
    public static async Task<StatisticsReplica> StartAsync(RealServersFixture servers, string connectionString, FakeTimeProvider clock)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:statistics-db"] = connectionString,
            ["ConnectionStrings:rabbitmq"] = servers.BrokerUri,
            ["Messaging:Outbox:MaxBackoff"] = "00:00:01",
            // The test drives the watch; the hosted one runs once at start, as each replica's does.
            ["Statistics:DeadlineWatch:Interval"] = "1.00:00:00",
        });
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddStatisticsCore();
        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StatisticsDbContext>().Database.MigrateAsync();
        }
        await host.Services.SeedStatisticsAsync();
        await host.StartAsync();
        var health = await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy,
            TimeSpan.FromSeconds(60));
        Assert.Equal(BusHealthStatus.Healthy, health);
        return new StatisticsReplica(host);
    }

    public DeadlineWatch Watch => host.Services.GetRequiredService<DeadlineWatch>();

    public IBus Bus => host.Services.GetRequiredService<IBus>();

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> QueryAsync<T>(Func<StatisticsDbContext, Task<T>> query) =>
        WithScopeAsync(services => query(services.GetRequiredService<StatisticsDbContext>()));

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}

using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.IntegrationTests.Infrastructure;

namespace PromoMonth.IntegrationTests.Complaints;

/// <summary>One replica of the complaints service without its HTTP front, wired as the service is, with a clock the test moves.</summary>
internal sealed class ComplaintsReplica(IHost host) : IAsyncDisposable
{
    public static async Task<ComplaintsReplica> StartAsync(RealServersFixture servers, string connectionString, FakeTimeProvider clock)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:complaints-db"] = connectionString,
            ["ConnectionStrings:rabbitmq"] = servers.BrokerUri,
            ["Messaging:Outbox:MaxBackoff"] = "00:00:01",
            // The tests run the watch's passes themselves: its timer, which the test's clock would fire, never does.
            ["Complaints:OverdueWatch:Interval"] = "3650.00:00:00",
        });
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddComplaintsCore();
        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ComplaintsDbContext>().Database.MigrateAsync();
        }
        await host.StartAsync();
        var bus = host.Services.GetRequiredService<IBusControl>();
        var health = await bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        Assert.Equal(BusHealthStatus.Healthy, health);
        return new ComplaintsReplica(host);
    }

    public OverdueWatch Watch => host.Services.GetRequiredService<OverdueWatch>();

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}

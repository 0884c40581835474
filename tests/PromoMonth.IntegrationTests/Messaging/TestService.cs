using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PromoMonth.Contracts;
using PromoMonth.IntegrationTests.Infrastructure;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.IntegrationTests.Messaging;

/// <summary>A host wired exactly as a PromoMonth service is (database, outbox relay, inbox consumer), on the real servers.</summary>
internal sealed class TestService(IHost host) : IAsyncDisposable
{
    private const string DatabaseName = "test-db";

    public static async Task<TestService> StartAsync(
        RealServersFixture servers, string connectionString, string serviceName, bool relayEnabled = true,
        IReadOnlyDictionary<string, string?>? settings = null, Action<HostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{DatabaseName}"] = connectionString,
            ["ConnectionStrings:rabbitmq"] = servers.BrokerUri,
            ["Messaging:Outbox:Enabled"] = relayEnabled.ToString(),
            ["Messaging:Outbox:MaxBackoff"] = "00:00:01",
            ["Messaging:Outbox:PublishTimeout"] = "00:00:03",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        configure?.Invoke(builder);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddServiceDatabase<HostApplicationBuilder, MessagingTestDbContext>(DatabaseName);
        builder.AddMessaging<HostApplicationBuilder, MessagingTestDbContext>(serviceName, bus =>
        {
            bus.AddConsumer<EffectCountingConsumer>();
            bus.AddConsumer<StatementCountingConsumer>();
        });
        var host = builder.Build();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>().Database.EnsureCreatedAsync();
        }
        await host.StartAsync();
        var bus = host.Services.GetRequiredService<IBusControl>();
        var health = await bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        Assert.Equal(BusHealthStatus.Healthy, health);
        return new TestService(host);
    }

    public IBus Bus => host.Services.GetRequiredService<IBus>();

    public IServiceProvider Services => host.Services;

    /// <summary>A state change and its event, committed together as the services' endpoints do.</summary>
    public async Task<EnterpriseRegistered> WriteWithEventAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>();
        var record = new WrittenRecord { Id = Guid.CreateVersion7(), Name = "百联集团" };
        db.Written.Add(record);
        var message = new EnterpriseRegistered
        {
            EnterpriseId = record.Id,
            CreditCode = "91310000MA1FL1234Q",
            Name = record.Name,
            RegionCode = "310000",
            RegisteredAt = DateTimeOffset.UtcNow,
        };
        scope.ServiceProvider.GetRequiredService<IEventOutbox>().Enqueue(message);
        await db.SaveChangesAsync();
        return message;
    }

    public async Task<T> QueryAsync<T>(Func<MessagingTestDbContext, Task<T>> query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>());
    }

    public Task<int?> EffectsAppliedAsync(Guid enterpriseId) =>
        QueryAsync(db => db.Effects.Where(e => e.EnterpriseId == enterpriseId).Select(e => (int?)e.Applied).SingleOrDefaultAsync());

    public Task<OutboxMessage> OutboxRowAsync() =>
        QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync());

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromoMonth.IntegrationTests.Infrastructure;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.ServiceDefaults.Operations;

namespace PromoMonth.IntegrationTests.Messaging;

/// <summary>The operator's "publish pending events now", against a real broker and database.</summary>
[Collection(RealServersCollection.Name)]
public sealed class OperatorCommandTests(RealServersFixture servers)
{
    [Fact]
    public async Task An_event_the_relay_backed_off_is_published_at_once_by_the_command()
    {
        var database = await servers.CreateDatabaseAsync("operator_relay");
        // The background relay is off: only the command can publish here.
        await using var service = await TestService.StartAsync(servers, database, "it-operator-relay", relayEnabled: false);
        var written = await service.WriteWithEventAsync();
        // As after a broker outage: the row's next attempt is far ahead.
        await service.QueryAsync(db => db.Set<OutboxMessage>()
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptAt, DateTimeOffset.UtcNow.AddHours(1))));
        var command = service.Services.GetServices<IOperatorCommand>().Single(c => c.Name == "relay-outbox");

        var outcome = await command.RunAsync(CancellationToken.None);

        Assert.Equal("1 event published; none pending.", outcome);
        Assert.NotNull((await service.OutboxRowAsync()).PublishedAt);
        var applied = await Eventually.HoldsAsync(
            () => service.EffectsAppliedAsync(written.EnterpriseId), n => n is not null,
            "the event the command published reaches the consumer");
        Assert.Equal(1, applied);
    }
}

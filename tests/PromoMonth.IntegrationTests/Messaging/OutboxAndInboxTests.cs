using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Contracts;
using PromoMonth.IntegrationTests.Infrastructure;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.IntegrationTests.Messaging;

/// <summary>The three promises of the messaging backbone, against a real broker and database.</summary>
[Collection(RealServersCollection.Name)]
public sealed class OutboxAndInboxTests(RealServersFixture servers)
{
    [Fact]
    public async Task A_write_while_the_broker_is_down_succeeds_and_its_event_arrives_once_the_broker_is_back()
    {
        var database = await servers.CreateDatabaseAsync("broker_down");
        await using var service = await TestService.StartAsync(servers, database, "it-broker-down");

        await servers.StopBrokerAsync();
        EnterpriseRegistered written;
        try
        {
            written = await service.WriteWithEventAsync();
            var pending = await service.OutboxRowAsync();
            Assert.Null(pending.PublishedAt);
            Assert.Null(await service.EffectsAppliedAsync(written.EnterpriseId));
        }
        finally
        {
            await servers.StartBrokerAsync();
        }

        var applied = await Eventually.HoldsAsync(
            () => service.EffectsAppliedAsync(written.EnterpriseId), n => n is not null,
            "the event written while the broker was down reaches the consumer");
        Assert.Equal(1, applied);
        Assert.NotNull((await service.OutboxRowAsync()).PublishedAt);
    }

    [Fact]
    public async Task An_event_committed_by_a_process_that_died_before_publishing_is_published_after_restart()
    {
        var database = await servers.CreateDatabaseAsync("crash_before_publish");
        EnterpriseRegistered written;
        // The first process commits the write and its outbox row, then dies without its relay ever publishing.
        await using (var crashed = await TestService.StartAsync(servers, database, "it-crash", relayEnabled: false))
        {
            written = await crashed.WriteWithEventAsync();
            Assert.Null((await crashed.OutboxRowAsync()).PublishedAt);
        }

        await using var restarted = await TestService.StartAsync(servers, database, "it-crash");

        var applied = await Eventually.HoldsAsync(
            () => restarted.EffectsAppliedAsync(written.EnterpriseId), n => n is not null,
            "the restarted relay publishes the row left behind");
        Assert.Equal(1, applied);
        Assert.NotNull((await restarted.OutboxRowAsync()).PublishedAt);
    }

    [Fact]
    public async Task A_message_delivered_twice_changes_the_consumer_state_once()
    {
        var database = await servers.CreateDatabaseAsync("duplicate_delivery");
        await using var service = await TestService.StartAsync(servers, database, "it-duplicate");
        using var duplicates = new ConsumerCounter("promomonth.inbox.duplicates", nameof(EffectCountingConsumer));
        var messageId = NewId.NextGuid();
        var message = new EnterpriseRegistered
        {
            EnterpriseId = Guid.CreateVersion7(),
            CreditCode = "91110000600037341L",
            Name = "王府井百货",
            RegionCode = "110000",
            RegisteredAt = DateTimeOffset.UtcNow,
        };

        // The same message id twice, as a broker redelivery or a republish after a lost confirm would bring it.
        await service.Bus.Publish(message, context => context.MessageId = messageId);
        await service.Bus.Publish(message, context => context.MessageId = messageId);

        await Eventually.HoldsAsync(
            () => Task.FromResult(duplicates.Count), n => n >= 1, "the second delivery reaches the inbox and is recognised");
        Assert.Equal(1, await service.EffectsAppliedAsync(message.EnterpriseId));
        Assert.Equal(1, await service.QueryAsync(db => db.Set<InboxMessage>().CountAsync(m => m.MessageId == messageId)));
    }

    [Fact]
    public async Task A_one_statement_consumer_changes_its_state_once_for_a_message_delivered_twice()
    {
        var database = await servers.CreateDatabaseAsync("statement_duplicate");
        await using var service = await TestService.StartAsync(servers, database, "it-statement");
        using var duplicates = new ConsumerCounter("promomonth.inbox.duplicates", nameof(StatementCountingConsumer));
        var messageId = NewId.NextGuid();
        var received = DateTimeOffset.UtcNow;
        var message = new ComplaintReceived
        {
            CaseId = Guid.CreateVersion7(),
            Kind = "complaint",
            Category = "price",
            ResponsibleRegion = "110000",
            ReceivedAt = received,
            AcceptanceDueAt = received.AddDays(7),
        };

        await service.Bus.Publish(message, context => context.MessageId = messageId);
        await service.Bus.Publish(message, context => context.MessageId = messageId);

        await Eventually.HoldsAsync(
            () => Task.FromResult(duplicates.Count), n => n >= 1, "the second delivery reaches the inbox and is recognised");
        Assert.Equal(1, await service.EffectsAppliedAsync(message.CaseId));
        Assert.Equal(1, await service.QueryAsync(db => db.Set<InboxMessage>().CountAsync(m => m.MessageId == messageId)));
    }

    [Fact]
    public async Task A_message_with_nothing_to_do_is_answered_without_an_inbox_row()
    {
        var database = await servers.CreateDatabaseAsync("without_effect");
        await using var service = await TestService.StartAsync(servers, database, "it-without-effect");
        using var skipped = new ConsumerCounter("promomonth.inbox.without_effect", nameof(EffectCountingConsumer));
        var messageId = NewId.NextGuid();
        var message = new EnterpriseRegistered
        {
            EnterpriseId = Guid.CreateVersion7(),
            CreditCode = "91110000600037341L",
            Name = EffectCountingConsumer.NothingToDo,
            RegionCode = "110000",
            RegisteredAt = DateTimeOffset.UtcNow,
        };

        await service.Bus.Publish(message, context => context.MessageId = messageId);

        await Eventually.HoldsAsync(() => Task.FromResult(skipped.Count), n => n >= 1, "the consumer answers the message");
        Assert.Null(await service.EffectsAppliedAsync(message.EnterpriseId));
        Assert.Equal(0, await service.QueryAsync(db => db.Set<InboxMessage>().CountAsync(m => m.MessageId == messageId)));
    }

    /// <summary>Reads one of the inbox's counters for one consumer, as the dashboard would plot it.</summary>
    private sealed class ConsumerCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private int _count;

        public ConsumerCounter(string counter, string consumer)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == counter)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "consumer" && Equals(tag.Value, consumer))
                    {
                        Interlocked.Add(ref _count, (int)value);
                    }
                }
            });
            _listener.Start();
        }

        public int Count => Volatile.Read(ref _count);

        public void Dispose() => _listener.Dispose();
    }
}

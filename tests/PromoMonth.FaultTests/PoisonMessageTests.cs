using MassTransit;
using PromoMonth.Contracts;
using RabbitMQ.Client;

namespace PromoMonth.FaultTests;

/// <summary>
/// A message its consumer can never handle lands in the error queue, visible to operators, and the messages behind it
/// flow.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class PoisonMessageTests(SystemFixture system)
{
    private const string Region = "370000";
    private const string ErrorQueue = "statistics-complaint-received_error";

    [Fact]
    public async Task The_poison_message_is_parked_in_the_error_queue_and_the_next_ones_are_counted()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var broker = new Uri((await system.App.GetConnectionStringAsync("rabbitmq"))!);
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(broker));
        await bus.StartAsync();
        var parkedBefore = await MessagesInAsync(broker, ErrorQueue);
        var before = await Hotline.CasesCountedAsync(system.Gateway, ministry, Region, "other");
        const int behind = 20;
        try
        {
            // No category: the count's row cannot be written, on every delivery, whatever the retries.
            await bus.Publish(Received(category: null!));
            for (var i = 0; i < behind; i++)
            {
                await bus.Publish(Received("Other"));
            }
        }
        finally
        {
            await bus.StopAsync();
        }

        var counted = await Settled.CountAsync(
            () => Hotline.CasesCountedAsync(system.Gateway, ministry, Region, "other"), before + behind) - before;
        var (_, parked) = await Settled.ReachedAsync(
            async () => await MessagesInAsync(broker, ErrorQueue) - parkedBefore, parkedNow => parkedNow >= 1);
        var outcome = new FaultOutcome("poison message in statistics' ComplaintReceived queue",
            Sent: behind + 1, Acknowledged: behind + 1, Present: counted + (int)parked,
            Duplicates: Math.Max(0, counted - behind), Lost: Math.Max(0, behind - counted),
            $"{parked} parked in {ErrorQueue}; {counted} behind it counted");
        FaultReport.Record(outcome);
        Assert.Equal(1u, parked);
        Assert.True(outcome.Kept, outcome.ToString());
    }

    private static ComplaintReceived Received(string category) => new()
    {
        CaseId = Guid.NewGuid(),
        Kind = "complaint",
        Category = category,
        ResponsibleRegion = Region,
        ReceivedAt = DateTimeOffset.UtcNow,
        AcceptanceDueAt = DateTimeOffset.UtcNow.AddDays(9),
    };

    private static async Task<uint> MessagesInAsync(Uri broker, string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = broker }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0; // The error queue appears with its first message.
        }
    }
}

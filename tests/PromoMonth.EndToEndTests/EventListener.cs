using System.Collections.Concurrent;
using MassTransit;

namespace PromoMonth.EndToEndTests;

/// <summary>Listens on the system's real broker for one event type, in a queue of its own, for as long as a test needs.</summary>
internal sealed class EventListener<TEvent>(
    IBusControl bus, ConcurrentQueue<(TEvent Message, int PublisherProcess, Guid? MessageId)> deliveries)
    : IAsyncDisposable
    where TEvent : class
{
    public IEnumerable<TEvent> Received => deliveries.Select(d => d.Message);

    /// <summary>
    /// Each message with the process that published it (replicas' relays are told apart by it) and its message id (a
    /// relay's republish after a crash carries the same id, which every consumer's inbox drops).
    /// </summary>
    public ConcurrentQueue<(TEvent Message, int PublisherProcess, Guid? MessageId)> Deliveries => deliveries;

    public static async Task<EventListener<TEvent>> StartAsync(SystemFixture system)
    {
        var deliveries = new ConcurrentQueue<(TEvent, int, Guid?)>();
        var broker = new Uri((await system.App.GetConnectionStringAsync("rabbitmq"))!);
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(broker);
            cfg.ReceiveEndpoint(e => e.Handler<TEvent>(c =>
            {
                deliveries.Enqueue((c.Message, c.Host?.ProcessId ?? 0, c.MessageId));
                return Task.CompletedTask;
            }));
        });
        await bus.StartAsync();
        return new EventListener<TEvent>(bus, deliveries);
    }

    public async ValueTask DisposeAsync() => await bus.StopAsync();
}

using System.Collections.Concurrent;
using MassTransit;

namespace PromoMonth.EndToEndTests;

/// <summary>Listens on the system's real broker for one event type, in a queue of its own, for as long as a test needs.</summary>
internal sealed class EventListener<TEvent>(IBusControl bus, ConcurrentQueue<TEvent> received) : IAsyncDisposable
    where TEvent : class
{
    public ConcurrentQueue<TEvent> Received => received;

    public static async Task<EventListener<TEvent>> StartAsync(SystemFixture system)
    {
        var received = new ConcurrentQueue<TEvent>();
        var broker = new Uri((await system.App.GetConnectionStringAsync("rabbitmq"))!);
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(broker);
            cfg.ReceiveEndpoint(e => e.Handler<TEvent>(c =>
            {
                received.Enqueue(c.Message);
                return Task.CompletedTask;
            }));
        });
        await bus.StartAsync();
        return new EventListener<TEvent>(bus, received);
    }

    public async ValueTask DisposeAsync() => await bus.StopAsync();
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PromoMonth.ServiceDefaults.Hosting;
using PromoMonth.ServiceDefaults.Messaging;
using RabbitMQ.Client;

namespace PromoMonth.ServiceDefaults.Gauges;

/// <summary>
/// Samples what waits in this service's messaging: unpublished outbox rows and the oldest one's age (a partial index
/// holds only those rows), the lag of the last events its inbox handled, and the depth of its receive and error queues
/// (read from the broker with passive declares on a connection of its own).
/// </summary>
internal sealed class MessagingGauges<TDbContext>(
    IServiceScopeFactory scopes, ReceiveQueues queues, MessagingReadings readings, BrokerAddress broker, IOptions<GaugeOptions> options,
    TimeProvider clock, ILogger<MessagingGauges<TDbContext>> logger) : BackgroundWatch(clock, logger), IAsyncDisposable
    where TDbContext : DbContext
{
    private const int RecentInboxRows = 50;
    private IConnection? _connection;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override string Job => "messaging gauges";

    protected override async Task<int> PassAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var outbox = await db.Set<OutboxMessage>().Where(m => m.PublishedAt == null)
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Oldest = g.Min(m => m.CreatedAt) })
            .SingleOrDefaultAsync(cancellationToken);
        var handled = await db.Set<InboxMessage>().OrderByDescending(i => i.HandledAt).Take(RecentInboxRows)
            .Select(i => new { i.MessageId, i.HandledAt }).ToListAsync(cancellationToken);
        var lag = handled.Count == 0 ? (TimeSpan?)null : handled.Max(i => i.HandledAt - MessageIds.WrittenAt(i.MessageId));
        var (depths, reachable) = await QueueDepthsAsync(cancellationToken);
        readings.Record(new MessagingReadings.Sample(outbox?.Count ?? 0, outbox?.Oldest, lag, depths, reachable, Clock.GetUtcNow()));
        return 0;
    }

    private async Task<(IReadOnlyDictionary<string, long> Depths, bool Reachable)> QueueDepthsAsync(CancellationToken cancellationToken)
    {
        var depths = new Dictionary<string, long>(StringComparer.Ordinal);
        try
        {
            _connection ??= await new ConnectionFactory { Uri = broker.Uri, ClientProvidedName = "gauges: queue depths" }
                .CreateConnectionAsync(cancellationToken);
            foreach (var queue in queues.Names.SelectMany(q => new[] { q, $"{q}_error" }))
            {
                // A passive declare of a queue that does not exist (no error yet) closes the channel: one channel each.
                await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
                try
                {
                    depths[queue] = (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
                }
                catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
                {
                    depths[queue] = 0;
                }
            }
            return (depths, true);
        }
        catch (Exception ex) when (ex is RabbitMQ.Client.Exceptions.BrokerUnreachableException
            or RabbitMQ.Client.Exceptions.AlreadyClosedException or System.Net.Sockets.SocketException or IOException)
        {
            await DropConnectionAsync();
            return (depths, false);
        }
    }

    private async Task DropConnectionAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    public async ValueTask DisposeAsync() => await DropConnectionAsync();
}

using Microsoft.Extensions.Logging;
using PromoMonth.ServiceDefaults.Operations;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace PromoMonth.ServiceDefaults.Messaging;

/// <summary>
/// "Move error-queue messages back": once the fault that parked them is fixed, every message waiting in one of this
/// service's <c>&lt;queue&gt;_error</c> queues goes back to its queue, with its body and headers, less MassTransit's
/// fault headers. Only the messages there when the command starts move, so one that fails again is parked again
/// rather than looping. Each is acknowledged in the error queue only after the broker confirmed it in the queue.
/// </summary>
/// <remarks>Written on RabbitMQ.Client (which MassTransit uses underneath): MassTransit 8 has no API that moves
/// messages between queues, and the management plugin's shovel is not part of the Debian server set-up here.</remarks>
public sealed class RequeueErrorsCommand(ReceiveQueues queues, Uri broker, ILogger<RequeueErrorsCommand> logger)
    : IOperatorCommand, IDisposable
{
    /// <summary>One run at a time: two runs would each count the same waiting messages and move back re-parked ones.</summary>
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public string Name => "requeue-errors";

    public void Dispose() => _oneAtATime.Dispose();

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        if (!await _oneAtATime.WaitAsync(TimeSpan.Zero, cancellationToken))
        {
            return "Already running; nothing else was moved.";
        }
        try
        {
            var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = "operator: requeue errors" };
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
            var report = new List<string>();
            var total = 0;
            foreach (var queue in queues.Names)
            {
                // A queue that fails is reported and the others still move; the message in hand stays unacknowledged
                // in the error queue, so nothing is lost (at worst it is in both queues, and the inbox absorbs it).
                try
                {
                    var count = await MoveBackAsync(connection, queue, cancellationToken);
                    total += count;
                    if (count > 0)
                    {
                        report.Add($"{queue} {count}");
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Moving the messages of {ErrorQueue} back failed", $"{queue}_error");
                    report.Add($"{queue} failed: {ex.Message}");
                }
            }
            return report.Count == 0 ? "No message was waiting in an error queue." : $"{total} moved back: {string.Join("; ", report)}.";
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private static async Task<int> MoveBackAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        var errorQueue = $"{queue}_error";
        uint waiting;
        // A passive declare of a queue that does not exist closes its channel: it gets a channel of its own.
        await using (var probe = await connection.CreateChannelAsync(cancellationToken: cancellationToken))
        {
            try
            {
                waiting = (await probe.QueueDeclarePassiveAsync(errorQueue, cancellationToken)).MessageCount;
            }
            catch (OperationInterruptedException)
            {
                return 0; // MassTransit creates the error queue with its first message.
            }
        }
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        var moved = 0;
        for (var i = 0; i < waiting; i++)
        {
            var parked = await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken);
            if (parked is null)
            {
                break;
            }
            var properties = new BasicProperties(parked.BasicProperties);
            if (properties.Headers is { } headers)
            {
                var faults = headers.Keys.Where(k => k.StartsWith("MT-Fault-", StringComparison.Ordinal) || k == "MT-Reason").ToList();
                foreach (var fault in faults)
                {
                    headers.Remove(fault);
                }
            }
            // The default exchange routes by queue name; with confirmation tracking this returns once the broker has it.
            await channel.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, parked.Body, cancellationToken);
            await channel.BasicAckAsync(parked.DeliveryTag, multiple: false, cancellationToken);
            moved++;
        }
        return moved;
    }
}

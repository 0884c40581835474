using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PromoMonth.ServiceDefaults.Hosting;

namespace PromoMonth.ServiceDefaults.Messaging;

/// <summary>
/// Publishes committed outbox rows to RabbitMQ. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c> so several
/// replicas share the work without publishing a row twice; a row is marked published only after the broker's
/// confirm, so a crash at any point leaves it to be published again (consumers' inboxes absorb the repeat).
/// </summary>
public sealed class OutboxRelay<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxRelayOptions> options,
    TimeProvider clock,
    ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService where TDbContext : DbContext
{
    private const int MaxErrorLength = 1000;
    private const string RelayJob = "outbox relay";
    private readonly OutboxRelayOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = (await RelayBatchAsync(stoppingToken)).Claimed;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // Typically the database is unreachable; the next poll tries again.
                logger.LogWarning(ex, "Outbox relay pass failed");
            }
            if (claimed < _options.BatchSize)
            {
                await signal.WaitAsync(_options.PollInterval, stoppingToken);
            }
        }
    }

    /// <summary>Claims and publishes one batch of due rows; answers how many rows it claimed and how many the broker took.</summary>
    public async Task<RelayPass> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var started = clock.GetTimestamp();
        var now = clock.GetUtcNow();
        // The safety-net poll runs every few seconds on every replica: only a pass that claims rows is traced (opening
        // a connection and the transaction included).
        var (transaction, rows) = await BackgroundPasses.UntracedAsync(async () =>
        {
            var claim = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.Set<OutboxMessage>()
                .FromSql($"""
                    SELECT * FROM outbox_messages
                    WHERE published_at IS NULL AND next_attempt_at <= {now}
                    ORDER BY id
                    LIMIT {_options.BatchSize}
                    FOR UPDATE SKIP LOCKED
                    """)
                .ToListAsync(cancellationToken);
            return (claim, claimed);
        });
        await using var _ = transaction;
        if (rows.Count == 0)
        {
            await BackgroundPasses.UntracedAsync(async () =>
            {
                await transaction.RollbackAsync(cancellationToken);
                return 0;
            });
            BackgroundPasses.Record(RelayJob, 0, clock.GetElapsedTime(started));
            return new(0, 0);
        }
        using var pass = BackgroundPasses.TraceWork(RelayJob, rows.Count);

        var published = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                await PublishAsync(rows[i], cancellationToken);
                rows[i].PublishedAt = clock.GetUtcNow();
                published++;
                MessagingTelemetry.Published.Add(1);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // One failure almost always means the broker is away: back off this row and the rest of the batch.
                logger.LogWarning(ex, "Publishing outbox row {OutboxId} failed; {Remaining} rows backed off", rows[i].Id, rows.Count - i);
                MessagingTelemetry.PublishFailures.Add(1);
                foreach (var row in rows.Skip(i))
                {
                    row.Attempts++;
                    row.NextAttemptAt = clock.GetUtcNow() + RelayBackoff.After(row.Attempts, _options.MaxBackoff);
                    row.LastError = ex.Message.Length > MaxErrorLength ? ex.Message[..MaxErrorLength] : ex.Message;
                }
                break;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        BackgroundPasses.Record(RelayJob, rows.Count, clock.GetElapsedTime(started));
        return new(rows.Count, published);
    }

    private async Task PublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        var message = OutboxRows.Deserialize(row, out var messageType);

        // Continue the trace of the request that wrote the row, so one trace runs from HTTP to the consumer.
        ActivityContext.TryParse(row.TraceParent, row.TraceState, out var parent);
        using var activity = MessagingTelemetry.Source.StartActivity($"outbox publish {messageType.Name}", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", row.Id);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        // The row id is the message id: consumers' inboxes key on it, so a republish has no second effect.
        await bus.Publish(message, messageType, context => context.MessageId = row.Id, timeout.Token);
    }
}

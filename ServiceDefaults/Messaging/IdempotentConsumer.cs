using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace PromoMonth.ServiceDefaults.Messaging;

/// <summary>
/// A consumer whose effect happens once per message id: the inbox row and the effect commit together, and the
/// inbox's primary key, not a prior read, decides who was first, so concurrent duplicates are safe too.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TDbContext>(TDbContext db, TimeProvider clock) : IConsumer<TMessage>
    where TMessage : class
    where TDbContext : DbContext
{
    protected TDbContext Db => db;

    protected TimeProvider Clock => clock;

    /// <summary>Stable across releases: renaming it would make old messages look new.</summary>
    protected virtual string ConsumerName => GetType().Name;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException(
                $"{typeof(TMessage).Name} arrived without a message id; the inbox cannot deduplicate it.");
        var cancellationToken = context.CancellationToken;
        if (!await HasEffectAsync(context.Message, cancellationToken))
        {
            MessagingTelemetry.WithoutEffect.Add(1, new KeyValuePair<string, object?>("consumer", ConsumerName));
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var firstDelivery = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO inbox_messages (message_id, consumer, handled_at)
            VALUES ({messageId}, {ConsumerName}, {clock.GetUtcNow()}) ON CONFLICT DO NOTHING
            """,
            cancellationToken) == 1;
        if (!firstDelivery)
        {
            MessagingTelemetry.DuplicatesIgnored.Add(1, new KeyValuePair<string, object?>("consumer", ConsumerName));
            return;
        }

        await HandleAsync(context.Message, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Committed(context.Message);
    }

    /// <summary>
    /// Whether the message has anything to do here now. One with nothing to do needs no inbox row, since a repeat of it
    /// has nothing to do either, and is answered without a transaction: one round trip instead of three.
    /// </summary>
    protected virtual ValueTask<bool> HasEffectAsync(TMessage message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(true);

    /// <summary>Called once the effect has committed (to wake whoever acts on it); not called for a duplicate.</summary>
    protected virtual void Committed(TMessage message)
    {
    }

    /// <summary>Makes the effect on the tracked context; the base class saves and commits it with the inbox row.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}

using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Contracts;

namespace PromoMonth.ServiceDefaults.Messaging;

internal sealed class EventOutbox<TDbContext>(TDbContext db, TimeProvider clock) : IEventOutbox where TDbContext : DbContext
{
    public void Enqueue(object message) =>
        db.Set<OutboxMessage>().Add(OutboxRows.Create(message, clock.GetUtcNow()));
}

internal static class OutboxRows
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A row for the message under its runtime type, so a message held as object keeps its contract.</summary>
    public static OutboxMessage Create(object message, DateTimeOffset now)
    {
        var activity = Activity.Current;
        return new OutboxMessage
        {
            // UUIDv7 ids sort by creation, so the relay publishes in commit order within a service.
            Id = Guid.CreateVersion7(now),
            MessageType = ContractTypes.NameOf(message.GetType()),
            Body = JsonSerializer.Serialize(message, message.GetType(), Json),
            TraceParent = activity?.Id,
            TraceState = activity?.TraceStateString,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    public static object Deserialize(OutboxMessage row, out Type type)
    {
        type = ContractTypes.Resolve(row.MessageType)
            ?? throw new InvalidOperationException($"Outbox row {row.Id} names unknown message type '{row.MessageType}'.");
        return JsonSerializer.Deserialize(row.Body, type, Json)
            ?? throw new InvalidOperationException($"Outbox row {row.Id} has an empty body.");
    }
}

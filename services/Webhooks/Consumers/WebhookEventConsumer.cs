using Microsoft.EntityFrameworkCore;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.Webhooks.Domain;
using PromoMonth.Webhooks.Infrastructure;
using PromoMonth.Webhooks.Sending;

namespace PromoMonth.Webhooks.Consumers;

/// <summary>
/// Turns one integration event into a delivery per subscription that wants it and may read it, in the same transaction
/// as the inbox row: a message handled twice records its deliveries once.
/// </summary>
public abstract class WebhookEventConsumer<TMessage>(WebhooksDbContext db, TimeProvider clock, DeliverySignal signal)
    : IdempotentConsumer<TMessage, WebhooksDbContext>(db, clock)
    where TMessage : class
{
    /// <summary>The event as partners read it: only fields every allowed reader may see, never a complainant's.</summary>
    protected abstract WebhookEvent Describe(TMessage message);

    /// <summary>An event no subscription asks for (most, most of the time) is answered with one query.</summary>
    protected override async ValueTask<bool> HasEffectAsync(TMessage message, CancellationToken cancellationToken)
    {
        var type = Describe(message).Type.Name;
        return await Db.Subscriptions.AnyAsync(s => s.EventTypes.Contains(type), cancellationToken);
    }

    protected override async Task HandleAsync(TMessage message, CancellationToken cancellationToken)
    {
        var webhookEvent = Describe(message);
        var type = webhookEvent.Type.Name;
        var candidates = await Db.Subscriptions.Where(s => s.EventTypes.Contains(type)).ToListAsync(cancellationToken);
        var now = Clock.GetUtcNow();
        foreach (var subscription in candidates.Where(s => s.Wants(webhookEvent)))
        {
            Db.Deliveries.Add(Delivery.For(subscription, webhookEvent, now));
            WebhooksTelemetry.Recorded.Add(1, new KeyValuePair<string, object?>("type", type));
        }
    }

    protected override void Committed(TMessage message) => signal.Notify();

    protected static WebhookEventType TypeOf(string name) =>
        EventCatalog.Find(name) ?? throw new InvalidOperationException($"{name} is not in the event catalog.");
}

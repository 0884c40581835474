using PromoMonth.Contracts;
using PromoMonth.Webhooks.Domain;
using PromoMonth.Webhooks.Infrastructure;
using PromoMonth.Webhooks.Sending;

namespace PromoMonth.Webhooks.Consumers;

public sealed class ComplaintOverdueConsumer(WebhooksDbContext db, TimeProvider clock, DeliverySignal signal)
    : WebhookEventConsumer<ComplaintOverdue>(db, clock, signal)
{
    protected override WebhookEvent Describe(ComplaintOverdue message) => new(
        TypeOf(EventCatalog.CaseOverdue),
        message.NoticedAt,
        EventData.Of(new { message.CaseId, message.ResponsibleRegion, message.DueAt, message.NoticedAt }),
        Region: message.ResponsibleRegion,
        HotlineClientId: message.HotlineClientId);
}

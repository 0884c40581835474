using PromoMonth.Contracts;
using PromoMonth.Webhooks.Domain;
using PromoMonth.Webhooks.Infrastructure;
using PromoMonth.Webhooks.Sending;

namespace PromoMonth.Webhooks.Consumers;

public sealed class ComplaintAcceptedConsumer(WebhooksDbContext db, TimeProvider clock, DeliverySignal signal)
    : WebhookEventConsumer<ComplaintAccepted>(db, clock, signal)
{
    protected override WebhookEvent Describe(ComplaintAccepted message) => new(
        TypeOf(EventCatalog.CaseAccepted),
        message.AcceptedAt,
        EventData.Of(new { message.CaseId, message.ResponsibleRegion, message.AcceptedAt }),
        Region: message.ResponsibleRegion,
        HotlineClientId: message.HotlineClientId);
}

using PromoMonth.Contracts;
using PromoMonth.Webhooks.Domain;
using PromoMonth.Webhooks.Infrastructure;
using PromoMonth.Webhooks.Sending;

namespace PromoMonth.Webhooks.Consumers;

public sealed class ComplaintResolvedConsumer(WebhooksDbContext db, TimeProvider clock, DeliverySignal signal)
    : WebhookEventConsumer<ComplaintResolved>(db, clock, signal)
{
    protected override WebhookEvent Describe(ComplaintResolved message) => new(
        TypeOf(EventCatalog.CaseResolved),
        message.ResolvedAt,
        EventData.Of(new { message.CaseId, message.ResponsibleRegion, message.ResolvedAt }),
        Region: message.ResponsibleRegion,
        HotlineClientId: message.HotlineClientId);
}

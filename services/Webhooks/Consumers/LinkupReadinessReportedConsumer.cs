using PromoMonth.Contracts;
using PromoMonth.Webhooks.Domain;
using PromoMonth.Webhooks.Infrastructure;
using PromoMonth.Webhooks.Sending;

namespace PromoMonth.Webhooks.Consumers;

public sealed class LinkupReadinessReportedConsumer(WebhooksDbContext db, TimeProvider clock, DeliverySignal signal)
    : WebhookEventConsumer<LinkupReadinessReported>(db, clock, signal)
{
    protected override WebhookEvent Describe(LinkupReadinessReported message) => new(
        TypeOf(EventCatalog.LinkupReadinessReported),
        message.CheckedAt,
        EventData.Of(new
        {
            message.LinkupId, message.CampaignId, message.RegionCode, message.Readiness, message.SlotStartsAt, message.CheckedAt,
        }),
        Region: message.RegionCode);
}

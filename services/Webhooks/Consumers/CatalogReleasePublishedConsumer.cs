using PromoMonth.Contracts;
using PromoMonth.Webhooks.Domain;
using PromoMonth.Webhooks.Infrastructure;
using PromoMonth.Webhooks.Sending;

namespace PromoMonth.Webhooks.Consumers;

public sealed class CatalogReleasePublishedConsumer(WebhooksDbContext db, TimeProvider clock, DeliverySignal signal)
    : WebhookEventConsumer<CatalogReleasePublished>(db, clock, signal)
{
    protected override WebhookEvent Describe(CatalogReleasePublished message) => new(
        TypeOf(EventCatalog.CatalogReleasePublished),
        message.PublishedAt,
        EventData.Of(new
        {
            message.ReleaseId,
            message.CampaignId,
            message.Version,
            message.ActivityCount,
            message.Added,
            message.Changed,
            message.Cancelled,
            message.PublishedAt,
        }));
}

using PromoMonth.Contracts;
using PromoMonth.Webhooks.Domain;
using PromoMonth.Webhooks.Infrastructure;
using PromoMonth.Webhooks.Sending;

namespace PromoMonth.Webhooks.Consumers;

public sealed class LicenseSuspendedConsumer(WebhooksDbContext db, TimeProvider clock, DeliverySignal signal)
    : WebhookEventConsumer<LicenseSuspended>(db, clock, signal)
{
    protected override WebhookEvent Describe(LicenseSuspended message) => LicenseEvents.Describe(
        TypeOf(EventCatalog.LicenseSuspended), message.LicenseId, message.LicenseNumber, message.LicenseeKind, message.LicenseeId,
        message.RegionCode, message.Reason, message.At);
}

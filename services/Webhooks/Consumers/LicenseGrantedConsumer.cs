using PromoMonth.Contracts;
using PromoMonth.Webhooks.Domain;
using PromoMonth.Webhooks.Infrastructure;
using PromoMonth.Webhooks.Sending;

namespace PromoMonth.Webhooks.Consumers;

public sealed class LicenseGrantedConsumer(WebhooksDbContext db, TimeProvider clock, DeliverySignal signal)
    : WebhookEventConsumer<LicenseGranted>(db, clock, signal)
{
    protected override WebhookEvent Describe(LicenseGranted message) => LicenseEvents.Describe(
        TypeOf(EventCatalog.LicenseGranted), message.LicenseId, message.LicenseNumber, message.LicenseeKind, message.LicenseeId,
        message.RegionCode, message.Reason, message.At);
}

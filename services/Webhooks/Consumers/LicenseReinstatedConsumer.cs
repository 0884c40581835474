using PromoMonth.Contracts;
using PromoMonth.Webhooks.Domain;
using PromoMonth.Webhooks.Infrastructure;
using PromoMonth.Webhooks.Sending;

namespace PromoMonth.Webhooks.Consumers;

public sealed class LicenseReinstatedConsumer(WebhooksDbContext db, TimeProvider clock, DeliverySignal signal)
    : WebhookEventConsumer<LicenseReinstated>(db, clock, signal)
{
    protected override WebhookEvent Describe(LicenseReinstated message) => LicenseEvents.Describe(
        TypeOf(EventCatalog.LicenseReinstated), message.LicenseId, message.LicenseNumber, message.LicenseeKind, message.LicenseeId,
        message.RegionCode, message.Reason, message.At);
}

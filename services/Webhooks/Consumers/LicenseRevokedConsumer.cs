using PromoMonth.Contracts;
using PromoMonth.Webhooks.Domain;
using PromoMonth.Webhooks.Infrastructure;
using PromoMonth.Webhooks.Sending;

namespace PromoMonth.Webhooks.Consumers;

public sealed class LicenseRevokedConsumer(WebhooksDbContext db, TimeProvider clock, DeliverySignal signal)
    : WebhookEventConsumer<LicenseRevoked>(db, clock, signal)
{
    protected override WebhookEvent Describe(LicenseRevoked message) => LicenseEvents.Describe(
        TypeOf(EventCatalog.LicenseRevoked), message.LicenseId, message.LicenseNumber, message.LicenseeKind, message.LicenseeId,
        message.RegionCode, message.Reason, message.At);
}

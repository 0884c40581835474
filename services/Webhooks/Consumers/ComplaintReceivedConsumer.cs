using PromoMonth.Contracts;
using PromoMonth.Webhooks.Domain;
using PromoMonth.Webhooks.Infrastructure;
using PromoMonth.Webhooks.Sending;

namespace PromoMonth.Webhooks.Consumers;

/// <summary>A new case, without the respondent's credit code (a sole trader's is a person's) and without the complainant.</summary>
public sealed class ComplaintReceivedConsumer(WebhooksDbContext db, TimeProvider clock, DeliverySignal signal)
    : WebhookEventConsumer<ComplaintReceived>(db, clock, signal)
{
    protected override WebhookEvent Describe(ComplaintReceived message) => new(
        TypeOf(EventCatalog.CaseReceived),
        message.ReceivedAt,
        EventData.Of(new
        {
            message.CaseId,
            message.Kind,
            message.Category,
            message.ResponsibleRegion,
            message.ActivityId,
            message.ReceivedAt,
            message.AcceptanceDueAt,
        }),
        Region: message.ResponsibleRegion,
        HotlineClientId: message.HotlineClientId);
}

using PromoMonth.Contracts;
using PromoMonth.Webhooks.Domain;
using PromoMonth.Webhooks.Infrastructure;
using PromoMonth.Webhooks.Sending;

namespace PromoMonth.Webhooks.Consumers;

/// <summary>A followed activity's change reaches the subscriptions of its followers, as the registry named them.</summary>
public sealed class FollowedActivityChangedConsumer(WebhooksDbContext db, TimeProvider clock, DeliverySignal signal)
    : WebhookEventConsumer<FollowedActivityChanged>(db, clock, signal)
{
    protected override WebhookEvent Describe(FollowedActivityChanged message) => new(
        TypeOf($"activity.{message.Change}"),
        message.OccurredAt,
        EventData.Of(new
        {
            message.ActivityId,
            message.Title,
            message.RegionCode,
            message.StartsAt,
            message.EndsAt,
            message.PreviousStartsAt,
            message.PreviousEndsAt,
            message.Reason,
            message.IncidentKind,
        }),
        Region: message.RegionCode,
        FollowedBy: message.Followers);
}

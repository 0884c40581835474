using PromoMonth.Webhooks.Domain;

namespace PromoMonth.Webhooks.Apis;

/// <summary>One delivery as the subscriber sees it: its webhook-id, status, attempts and the receiver's last answer.</summary>
public sealed record DeliveryResponse(
    Guid Id,
    string WebhookId,
    string EventType,
    DeliveryStatus Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? LastAttemptAt,
    int? LastStatusCode,
    string? LastAnswer,
    DateTimeOffset? DeliveredAt)
{
    public static DeliveryResponse From(Delivery delivery) => new(
        delivery.Id, delivery.WebhookId, delivery.EventType, delivery.Status, delivery.Attempts, delivery.CreatedAt,
        delivery.Status == DeliveryStatus.Pending ? delivery.NextAttemptAt : null,
        delivery.LastAttemptAt, delivery.LastStatusCode, delivery.LastAnswer, delivery.DeliveredAt);
}

namespace PromoMonth.Webhooks.Domain;

public enum DeliveryStatus
{
    /// <summary>Not yet accepted by the receiver; sent at its next attempt time.</summary>
    Pending,
    /// <summary>The receiver answered 2xx.</summary>
    Delivered,
    /// <summary>Every attempt of the retry schedule failed; the partner may re-drive it.</summary>
    Failed,
}

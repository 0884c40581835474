namespace PromoMonth.Webhooks.Domain;

/// <summary>
/// One event for one subscription: its body as first written (the same bytes, and the same <c>webhook-id</c>, on every
/// attempt, so a receiver can drop what it has seen) and where its attempts stand.
/// </summary>
public sealed class Delivery
{
    /// <summary>Longest receiver answer kept, in characters: enough to read an error, never a whole page.</summary>
    public const int AnswerLength = 500;

    private Delivery()
    {
    }

    public Guid Id { get; private init; }
    public Guid SubscriptionId { get; private init; }
    public string EventType { get; private init; } = string.Empty;
    public string Body { get; private init; } = string.Empty;
    public DeliveryStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? LastAttemptAt { get; private set; }
    public int? LastStatusCode { get; private set; }
    public string? LastAnswer { get; private set; }
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>The Standard Webhooks message id: the same on every retry of this delivery.</summary>
    public string WebhookId => WebhookIdOf(Id);

    public static string WebhookIdOf(Guid id) => $"msg_{id:N}";

    public static Delivery For(Subscription subscription, WebhookEvent webhookEvent, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        SubscriptionId = subscription.Id,
        EventType = webhookEvent.Type.Name,
        Body = webhookEvent.ToBody(),
        Status = DeliveryStatus.Pending,
        NextAttemptAt = now,
        CreatedAt = now,
    };

    /// <summary>Records one attempt: delivered on a 2xx, else retried on the schedule, or failed once it is spent.</summary>
    public void Record(AttemptResult result, RetrySchedule schedule, DateTimeOffset now)
    {
        Attempts++;
        LastAttemptAt = now;
        LastStatusCode = result.StatusCode;
        LastAnswer = result.Answer is { Length: > AnswerLength } answer ? answer[..AnswerLength] : result.Answer;
        if (result.Succeeded)
        {
            Status = DeliveryStatus.Delivered;
            DeliveredAt = now;
            return;
        }
        if (schedule.DelayAfter(Attempts) is { } delay)
        {
            NextAttemptAt = now + delay;
            return;
        }
        Status = DeliveryStatus.Failed;
    }

    /// <summary>A partner's re-drive: the delivery starts its schedule again, now, with the same id and body.</summary>
    public void Redrive(DateTimeOffset now)
    {
        Status = DeliveryStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
    }
}

using PromoMonth.Webhooks.Domain;

namespace PromoMonth.Webhooks.Infrastructure;

/// <summary>The settings under Webhooks.</summary>
public sealed class WebhooksOptions
{
    /// <summary>Plain-http receivers on loopback, as the tests run them; honoured in Development only.</summary>
    public bool AllowLoopbackReceivers { get; set; }

    /// <summary>How long a rotated-out secret keeps signing beside the new one.</summary>
    public TimeSpan SecretRotationGrace { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long delivered and failed deliveries are kept for the partner to read and re-drive.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    public DeliveryOptions Delivery { get; set; } = new();
}

/// <summary>The settings under Webhooks:Delivery.</summary>
public sealed class DeliveryOptions
{
    /// <summary>The waits between attempts (comma-separated hh:mm:ss); see <see cref="Domain.RetrySchedule"/>.</summary>
    public string RetrySchedule { get; set; } = string.Join(',', Domain.RetrySchedule.Default.Delays.Select(d => d.ToString("c")));

    /// <summary>The longest one attempt may take, connection and answer included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts in flight to one subscription at once, per replica: one slow partner holds no more than this.</summary>
    public int MaxConcurrencyPerSubscription { get; set; } = 4;

    /// <summary>How often the dispatcher looks for due deliveries when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    public RetrySchedule Schedule() => Domain.RetrySchedule.Parse(RetrySchedule);
}

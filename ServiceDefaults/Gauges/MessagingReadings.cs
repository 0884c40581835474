using System.Diagnostics.Metrics;

namespace PromoMonth.ServiceDefaults.Gauges;

/// <summary>
/// The last sample of what is waiting in this service's messaging (outbox, inbox, its queues), published as gauges on the
/// dashboard's metrics and read by the messaging health check.
/// </summary>
public sealed class MessagingReadings
{
    private readonly TimeProvider _clock;
    private volatile Sample _last = Sample.None;

    public MessagingReadings(IMeterFactory meters, TimeProvider clock)
    {
        _clock = clock;
        var meter = meters.Create(OpenTelemetryExtensions.BusinessMeterName);
        meter.CreateObservableGauge("promomonth.outbox.pending", () => (long)_last.OutboxPending, "{event}",
            "Events written to this service's outbox and not yet published");
        meter.CreateObservableGauge("promomonth.outbox.oldest_pending_age", () => OldestPendingAge?.TotalSeconds ?? 0, "s",
            "How long the oldest unpublished event has waited (0 when none waits)");
        meter.CreateObservableGauge("promomonth.inbox.lag", () => _last.InboxLag?.TotalSeconds ?? 0, "s",
            "From an event's writing to its handling here, the longest among the last events handled");
        meter.CreateObservableGauge("promomonth.queue.messages", QueueMeasurements, "{message}",
            "Messages waiting in each of this service's queues (tag queue; kind: receive or error)");
    }

    public Sample Last => _last;

    /// <summary>How long the oldest unpublished event has waited, by now; null when none waits.</summary>
    public TimeSpan? OldestPendingAge => _last.OldestPendingAt is { } oldest ? _clock.GetUtcNow() - oldest : null;

    public void Record(Sample sample) => _last = sample;

    private IEnumerable<Measurement<long>> QueueMeasurements() => _last.Queues.Select(q => new Measurement<long>(q.Value,
        new KeyValuePair<string, object?>("queue", q.Key),
        new KeyValuePair<string, object?>("kind", q.Key.EndsWith("_error", StringComparison.Ordinal) ? "error" : "receive")));

    /// <param name="BrokerReachable">False when the queues could not be read: the broker is away.</param>
    public sealed record Sample(
        int OutboxPending, DateTimeOffset? OldestPendingAt, TimeSpan? InboxLag, IReadOnlyDictionary<string, long> Queues,
        bool BrokerReachable, DateTimeOffset? SampledAt)
    {
        public static readonly Sample None = new(0, null, null, new Dictionary<string, long>(), true, null);
    }
}

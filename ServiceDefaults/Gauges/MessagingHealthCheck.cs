using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace PromoMonth.ServiceDefaults.Gauges;

/// <summary>
/// Degraded while an event has waited unpublished past Telemetry:Gauges:OutboxDegradedAfter, or the broker could not be
/// reached at the last sample: the service still takes writes (they wait in its outbox), but what it owes others is late.
/// </summary>
internal sealed class MessagingHealthCheck(MessagingReadings readings, IOptions<GaugeOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var last = readings.Last;
        var data = new Dictionary<string, object>
        {
            ["outboxPending"] = last.OutboxPending,
            ["oldestPendingSeconds"] = Math.Round(readings.OldestPendingAge?.TotalSeconds ?? 0),
            ["errorQueueMessages"] = last.Queues.Where(q => q.Key.EndsWith("_error", StringComparison.Ordinal)).Sum(q => q.Value),
        };
        if (readings.OldestPendingAge is { } age && age > options.Value.OutboxDegradedAfter)
        {
            return Task.FromResult(HealthCheckResult.Degraded(
                $"{last.OutboxPending} events unpublished, the oldest for {age.TotalSeconds:0} s", data: data));
        }
        return Task.FromResult(last.BrokerReachable
            ? HealthCheckResult.Healthy(data: data)
            : HealthCheckResult.Degraded("The broker could not be reached at the last sample", data: data));
    }
}

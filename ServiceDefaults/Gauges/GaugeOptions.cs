namespace PromoMonth.ServiceDefaults.Gauges;

/// <summary>Telemetry:Gauges: how often the gauges are sampled and when a service reports itself Degraded.</summary>
public sealed class GaugeOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>An event unpublished for longer than this means the broker or the relay is in trouble: Degraded.</summary>
    public TimeSpan OutboxDegradedAfter { get; set; } = TimeSpan.FromSeconds(60);
}

using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace PromoMonth.ServiceDefaults.Gauges;

/// <summary>
/// A service's business figures as gauges (licences by status, cases open): a sampling job records each figure's last
/// values, and the metrics exporter reads them; the instrument is created when its first values arrive.
/// </summary>
public sealed class BusinessGauges(IMeterFactory meters)
{
    private readonly Meter _meter = meters.Create(OpenTelemetryExtensions.BusinessMeterName);
    private readonly ConcurrentDictionary<string, IReadOnlyList<Measurement<long>>> _values = new(StringComparer.Ordinal);

    public void Record(string name, string unit, string description, IReadOnlyList<Measurement<long>> measurements)
    {
        if (_values.TryAdd(name, measurements))
        {
            _meter.CreateObservableGauge(name, () => _values[name], unit, description);
        }
        else
        {
            _values[name] = measurements;
        }
    }

    public static Measurement<long> Of(long value, string tag, object? tagValue) =>
        new(value, new KeyValuePair<string, object?>(tag, tagValue));
}

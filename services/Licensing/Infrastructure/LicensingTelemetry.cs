using System.Diagnostics.Metrics;
using PromoMonth.ServiceDefaults;

namespace PromoMonth.Licensing.Infrastructure;

internal static class LicensingTelemetry
{
    private static readonly Meter Meter = new(OpenTelemetryExtensions.BusinessMeterName);

    public static readonly Counter<long> Verifications = Meter.CreateCounter<long>("promomonth.licensing.verifications", "{verification}",
        "Verifications answered by the service (tag result: active, suspended, revoked, expired, not_found)");

    public static void Verified(string result) => Verifications.Add(1, new KeyValuePair<string, object?>("result", result));
}

using System.Diagnostics.Metrics;
using PromoMonth.ServiceDefaults;
using PromoMonth.Webhooks.Domain;

namespace PromoMonth.Webhooks.Infrastructure;

internal static class WebhooksTelemetry
{
    private static readonly Meter Meter = new(OpenTelemetryExtensions.BusinessMeterName);

    public static readonly Counter<long> Attempts = Meter.CreateCounter<long>("promomonth.webhooks.deliveries", "{attempt}",
        "Delivery attempts by result (tag result: delivered, retrying, failed)");

    public static readonly Counter<long> Recorded = Meter.CreateCounter<long>("promomonth.webhooks.events", "{delivery}",
        "Deliveries recorded for subscribers, by event type (tag type)");

    public static void Attempted(Delivery delivery) => Attempts.Add(1, new KeyValuePair<string, object?>("result", delivery.Status switch
    {
        DeliveryStatus.Delivered => "delivered",
        DeliveryStatus.Failed => "failed",
        _ => "retrying",
    }));
}

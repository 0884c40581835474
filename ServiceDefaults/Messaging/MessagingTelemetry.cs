using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PromoMonth.ServiceDefaults.Messaging;

internal static class MessagingTelemetry
{
    public const string SourceName = "PromoMonth.Messaging";
    public static readonly ActivitySource Source = new(SourceName);

    private static readonly Meter Meter = new(OpenTelemetryExtensions.BusinessMeterName);
    public static readonly Counter<long> Published = Meter.CreateCounter<long>(
        "promomonth.outbox.published", description: "Outbox rows published to the broker");
    public static readonly Counter<long> PublishFailures = Meter.CreateCounter<long>(
        "promomonth.outbox.publish_failures", description: "Outbox publish attempts that failed and will be retried");
    public static readonly Counter<long> RetentionDeleted = Meter.CreateCounter<long>(
        "promomonth.retention.deleted", description: "Outbox and inbox rows deleted after their retention (tag: table)");
    public static readonly Counter<long> DuplicatesIgnored = Meter.CreateCounter<long>(
        "promomonth.inbox.duplicates", description: "Redelivered messages the inbox recognised and skipped (tag: consumer)");
    public static readonly Counter<long> WithoutEffect = Meter.CreateCounter<long>(
        "promomonth.inbox.without_effect", description: "Messages a consumer had nothing to do for (tag: consumer)");
}

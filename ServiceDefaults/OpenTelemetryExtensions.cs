using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace PromoMonth.ServiceDefaults;

public static class OpenTelemetryExtensions
{
    /// <summary>Meter that carries the business counters (cases received, reports submitted, ...).</summary>
    public const string BusinessMeterName = "PromoMonth";

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", BusinessMeterName, "Microsoft.AspNetCore.RateLimiting"))
            .WithTracing(tracing => tracing
                .SetSampler(TraceSampler(builder.Configuration))
                .AddSource(
                    builder.Environment.ApplicationName,
                    "MassTransit",
                    Messaging.MessagingTelemetry.SourceName,
                    Hosting.BackgroundPasses.SourceName)
                // Health probes are polls, not work: neither the probed side nor the probing side (the gateway's
                // active checks of every cluster) traces them.
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation(o => o.FilterHttpRequestMessage = request =>
                    request.RequestUri is not { } uri || !IsProbe(new PathString(uri.AbsolutePath))));

        // The dashboard sets OTEL_EXPORTER_OTLP_ENDPOINT for every resource it starts.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            UseMetricExportInterval(builder.Configuration);
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>
    /// Telemetry:Metrics:ExportInterval, when set, replaces the export interval the dashboard gives every resource (one
    /// second, so its charts move): a production collector takes metrics every minute or so, and every process exporting
    /// each of its series every second is a cost of its own on two cores.
    /// </summary>
    private static void UseMetricExportInterval(IConfigurationManager configuration)
    {
        if (configuration["Telemetry:Metrics:ExportInterval"] is not { Length: > 0 } configured)
        {
            return;
        }
        if (!TimeSpan.TryParse(configured, CultureInfo.InvariantCulture, out var interval)
            || interval < TimeSpan.FromSeconds(1))
        {
            throw new InvalidOperationException(
                $"Telemetry:Metrics:ExportInterval is {configured}; it is a time span of one second or more (00:00:30).");
        }
        configuration["OTEL_METRIC_EXPORT_INTERVAL"] = ((long)interval.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
    }

    private static bool IsProbe(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments("/alive");

    /// <summary>
    /// Telemetry:Tracing:SampleRatio (0 to 1, default 1: trace everything, as Development wants). Below 1, a root span
    /// is kept at that ratio and every other span follows its parent, so a trace is whole or absent, never partial.
    /// </summary>
    private static ParentBasedSampler TraceSampler(IConfiguration configuration)
    {
        var ratio = configuration.GetValue("Telemetry:Tracing:SampleRatio", 1.0);
        if (ratio is < 0 or > 1 || double.IsNaN(ratio))
        {
            throw new InvalidOperationException($"Telemetry:Tracing:SampleRatio is {ratio}; it is a ratio from 0 to 1.");
        }
        return new ParentBasedSampler(ratio >= 1 ? new AlwaysOnSampler() : new TraceIdRatioBasedSampler(ratio));
    }
}

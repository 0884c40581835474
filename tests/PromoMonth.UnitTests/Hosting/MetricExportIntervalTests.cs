using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using PromoMonth.ServiceDefaults;

namespace PromoMonth.UnitTests.Hosting;

/// <summary>Telemetry:Metrics:ExportInterval replaces the one-second interval the dashboard gives every resource.</summary>
public sealed class MetricExportIntervalTests
{
    private const string Endpoint = "http://localhost:4317";

    [Fact]
    public void A_configured_interval_replaces_the_dashboards()
    {
        var builder = Builder(("OTEL_METRIC_EXPORT_INTERVAL", "1000"), ("Telemetry:Metrics:ExportInterval", "00:00:30"));

        builder.ConfigureOpenTelemetry();

        Assert.Equal("30000", builder.Configuration["OTEL_METRIC_EXPORT_INTERVAL"]);
    }

    [Fact]
    public void Without_one_the_dashboards_interval_stays()
    {
        var builder = Builder(("OTEL_METRIC_EXPORT_INTERVAL", "1000"));

        builder.ConfigureOpenTelemetry();

        Assert.Equal("1000", builder.Configuration["OTEL_METRIC_EXPORT_INTERVAL"]);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("00:00:00.5")]
    public void An_interval_that_is_not_a_second_or_more_stops_the_start(string configured)
    {
        var builder = Builder(("Telemetry:Metrics:ExportInterval", configured));

        var refused = Assert.Throws<InvalidOperationException>(() => builder.ConfigureOpenTelemetry());

        Assert.Contains("Telemetry:Metrics:ExportInterval", refused.Message, StringComparison.Ordinal);
    }

    private static HostApplicationBuilder Builder(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(
            [new("OTEL_EXPORTER_OTLP_ENDPOINT", Endpoint), .. settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))]);
        return builder;
    }
}

using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using PromoMonth.EndToEndTests.Telemetry;

namespace PromoMonth.EndToEndTests;

/// <summary>The end-to-end suite reads what the services trace, as the dashboard would, from its own OTLP receiver.</summary>
public partial class SystemFixture
{
    private OtlpTraceReceiver? _telemetry;

    public OtlpTraceReceiver Telemetry => _telemetry ?? throw new InvalidOperationException("The system has not started.");

    private partial async Task ExportTelemetryAsync(IDistributedApplicationTestingBuilder builder)
    {
        _telemetry = await OtlpTraceReceiver.StartAsync();
        var endpoint = _telemetry.Endpoint.ToString().TrimEnd('/');
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            builder.CreateResourceBuilder(project)
                .WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint)
                .WithEnvironment("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
                .WithEnvironment("OTEL_SERVICE_NAME", project.Name)
                // Spans arrive within a second, so a test waits seconds, not the exporter's default five.
                .WithEnvironment("OTEL_BSP_SCHEDULE_DELAY", "500")
                .WithEnvironment("OTEL_METRIC_EXPORT_INTERVAL", "60000");
        }
    }

    private partial async ValueTask StopTelemetryAsync()
    {
        if (_telemetry is not null)
        {
            await _telemetry.DisposeAsync();
        }
    }
}

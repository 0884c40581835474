using Aspire.Hosting;

namespace PromoMonth.EndToEndTests;

/// <summary>The fault suite counts messages and rows, not spans: its system exports no traces.</summary>
public partial class SystemFixture
{
    private partial Task ExportTelemetryAsync(IDistributedApplicationTestingBuilder builder) => Task.CompletedTask;

    private partial ValueTask StopTelemetryAsync() => ValueTask.CompletedTask;
}

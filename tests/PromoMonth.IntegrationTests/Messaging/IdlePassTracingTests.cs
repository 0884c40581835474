using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;
using PromoMonth.IntegrationTests.Infrastructure;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Hosting;

namespace PromoMonth.IntegrationTests.Messaging;

/// <summary>
/// The outbox relay polls every few seconds on every replica. An idle poll leaves no trace, only a count; a pass
/// that publishes is one trace, with its database work inside it.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class IdlePassTracingTests(RealServersFixture servers)
{
    private static readonly Dictionary<string, string?> FastPolls = new() { ["Messaging:Outbox:PollInterval"] = "00:00:00.100" };

    [Fact]
    public async Task Idle_relay_passes_export_no_span_and_a_pass_that_publishes_is_one_trace()
    {
        var exported = new SpanSink();
        using var passes = new RelayPassCounter();
        var database = await servers.CreateDatabaseAsync("tracing");
        await using var service = await TestService.StartAsync(
            servers, database, "tracing", settings: FastPolls, configure: builder =>
            {
                builder.ConfigureOpenTelemetry();
                builder.Services.AddOpenTelemetry()
                    .WithTracing(tracing => tracing.AddProcessor(new SimpleActivityExportProcessor(exported)));
            });

        // Start-up (migrations, the bus) is traced as it should be; the idle window starts after the first idle pass.
        await Eventually.HoldsAsync(() => Task.FromResult(passes.Idle), n => n >= 1, "a first idle relay pass");
        exported.Spans.Clear();
        var idleFrom = passes.Idle;
        await Eventually.HoldsAsync(() => Task.FromResult(passes.Idle - idleFrom), n => n >= 10, "ten idle relay passes");
        var idleSpans = exported.Spans.ToList();
        Assert.True(idleSpans.Count == 0, "idle passes exported: " + string.Join(", ", idleSpans.Select(a => a.DisplayName)));

        var written = await service.WriteWithEventAsync();
        await Eventually.HoldsAsync(
            () => Task.FromResult(exported.Spans.Count(a => a.DisplayName == "outbox relay pass")),
            n => n == 1,
            $"the pass that publishes {written.EnterpriseId} to be traced");
        var pass = exported.Spans.Single(a => a.DisplayName == "outbox relay pass");
        Assert.Equal(default, pass.ParentSpanId);
        Assert.Contains(exported.Spans, a => a.TraceId == pass.TraceId && a.Source.Name == "Npgsql");
    }

    /// <summary>Every span the service exports, as an exporter receives it, safe to read while the service writes.</summary>
    private sealed class SpanSink : BaseExporter<Activity>
    {
        public ConcurrentQueue<Activity> Spans { get; } = new();

        public override ExportResult Export(in Batch<Activity> batch)
        {
            foreach (var span in batch)
            {
                Spans.Enqueue(span);
            }
            return ExportResult.Success;
        }
    }

    /// <summary>Counts the relay's passes that found nothing, from the metric the dashboard shows.</summary>
    private sealed class RelayPassCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _idle;

        public RelayPassCounter()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == "promomonth.background.passes")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                var relay = false;
                var idle = false;
                foreach (var tag in tags)
                {
                    relay |= tag.Key == "job" && Equals(tag.Value, "outbox relay");
                    idle |= tag.Key == "found_work" && Equals(tag.Value, false);
                }
                if (relay && idle)
                {
                    Interlocked.Add(ref _idle, value);
                }
            });
            _listener.Start();
        }

        public long Idle => Interlocked.Read(ref _idle);

        public void Dispose() => _listener.Dispose();
    }
}

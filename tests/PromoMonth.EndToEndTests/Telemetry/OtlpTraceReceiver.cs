using System.Collections.Concurrent;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;
using OpenTelemetry.Proto.Common.V1;

namespace PromoMonth.EndToEndTests.Telemetry;

/// <summary>
/// An OTLP/HTTP endpoint (protobuf) that the system's services export to, as they export to the dashboard's: it keeps
/// every span with the moment it arrived and every log record, and accepts and drops metrics.
/// </summary>
public sealed class OtlpTraceReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ExportedSpan> _spans = new();
    private readonly ConcurrentQueue<ExportedLog> _logs = new();
    private readonly WebApplication _app;

    private OtlpTraceReceiver(WebApplication app) => _app = app;

    /// <summary>The base address to give OTEL_EXPORTER_OTLP_ENDPOINT (the exporters add /v1/traces and the rest).</summary>
    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyCollection<ExportedSpan> Spans => _spans;

    public IReadOnlyCollection<ExportedLog> Logs => _logs;

    public static async Task<OtlpTraceReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new OtlpTraceReceiver(app);
        app.MapPost("/v1/traces", receiver.ReceiveAsync);
        app.MapPost("/v1/logs", receiver.ReceiveLogsAsync);
        app.MapPost("/v1/{signal}", () => Results.Bytes([], "application/x-protobuf"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        receiver.Endpoint = new Uri(address);
        return receiver;
    }

    /// <summary>The spans that arrived from <paramref name="since"/> on.</summary>
    public IReadOnlyList<ExportedSpan> ReceivedSince(DateTimeOffset since) => [.. _spans.Where(s => s.ReceivedAt >= since)];

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        var export = ExportTraceServiceRequest.Parser.ParseFrom(body.ToArray());
        var now = DateTimeOffset.UtcNow;
        foreach (var resourceSpans in export.ResourceSpans)
        {
            var service = Text(resourceSpans.Resource.Attributes, "service.name") ?? "?";
            foreach (var scopeSpans in resourceSpans.ScopeSpans)
            {
                foreach (var span in scopeSpans.Spans)
                {
                    _spans.Enqueue(new ExportedSpan(
                        service,
                        Convert.ToHexStringLower(span.TraceId.Span),
                        Convert.ToHexStringLower(span.SpanId.Span),
                        Convert.ToHexStringLower(span.ParentSpanId.Span),
                        span.Name,
                        span.Kind.ToString(),
                        scopeSpans.Scope?.Name ?? "",
                        span.Attributes.ToDictionary(a => a.Key, a => Display(a.Value), StringComparer.Ordinal),
                        now));
                }
            }
        }
        return Results.Bytes(new ExportTraceServiceResponse().ToByteArray(), "application/x-protobuf");
    }

    private async Task<IResult> ReceiveLogsAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        var export = ExportLogsServiceRequest.Parser.ParseFrom(body.ToArray());
        foreach (var resourceLogs in export.ResourceLogs)
        {
            var service = Text(resourceLogs.Resource.Attributes, "service.name") ?? "?";
            // The .NET exporter names a record's logger category as its instrumentation scope.
            foreach (var scope in resourceLogs.ScopeLogs)
            {
                foreach (var record in scope.LogRecords)
                {
                    _logs.Enqueue(new ExportedLog(
                        service,
                        (int)record.SeverityNumber,
                        scope.Scope?.Name ?? "",
                        record.Body?.StringValue ?? "",
                        DateTimeOffset.FromUnixTimeMilliseconds((long)(record.TimeUnixNano / 1_000_000))));
                }
            }
        }
        return Results.Bytes(new ExportLogsServiceResponse().ToByteArray(), "application/x-protobuf");
    }

    private static string? Text(IEnumerable<KeyValue> attributes, string key) =>
        attributes.FirstOrDefault(a => a.Key == key)?.Value.StringValue;

    private static string Display(AnyValue value) => value.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => value.StringValue,
        AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

using System.Net;
using PromoMonth.EndToEndTests.Telemetry;

namespace PromoMonth.EndToEndTests;

/// <summary>
/// What an operator finds on the Traces page: a trace per request or event, whole across the services, and nothing
/// from background passes that found nothing to do.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class TracesTests(SystemFixture system)
{
    /// <summary>The window the issue names; the outbox relays and the one-second watches pass many times in it.</summary>
    private static readonly TimeSpan IdleWindow = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task An_idle_system_exports_no_span_that_a_request_a_message_or_a_pass_with_work_did_not_start()
    {
        var from = DateTimeOffset.UtcNow;
        // An observation window, not a wait for a condition: what is counted is what arrives while nothing is asked.
        await Task.Delay(IdleWindow);
        var until = DateTimeOffset.UtcNow;
        // Spans started in the window reach the receiver within the exporters' half-second batches.
        var inWindow = await Eventually.HoldsAsync(
            () => Task.FromResult(system.Telemetry.ReceivedSince(from)),
            spans => DateTimeOffset.UtcNow > until.AddSeconds(2),
            "the exporters' last batch of the window");

        var traces = inWindow.GroupBy(s => s.TraceId).ToList();
        var idle = inWindow.Where(s => s.IsRoot && !StartedByWork(s)).ToList();
        Assert.True(idle.Count == 0,
            $"{idle.Count} root spans in {IdleWindow.TotalSeconds:0} s came from no request, message or pass with work "
            + $"({inWindow.Count} spans, {traces.Count} traces in all): "
            + string.Join("; ", idle.GroupBy(s => s.ToString()).Select(g => $"{g.Count()}× {g.Key}").Take(10)));
    }

    [Fact]
    public async Task A_hotline_case_is_one_trace_from_the_gateway_through_complaints_to_statistics()
    {
        var hotline = await Tokens.ForAsync(system.Gateway, "hotline-12315");
        using var posted = await system.Gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", hotline,
            Samples.Case(regionCode: "320000"));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        // Without a caller's own id the gateway's correlation id is the trace id.
        var traceId = posted.Headers.GetValues("X-Correlation-Id").Single();

        // Each service exports in its own batches: the trace is whole once every span's parent has arrived too.
        var trace = await Eventually.HoldsAsync(
            () => Task.FromResult(system.Telemetry.Spans.Where(s => s.TraceId == traceId).ToList()),
            spans => new[] { "gateway", "complaints", "statistics" }.All(service => spans.Any(s => s.Service == service))
                && spans.Any(s => s.Service == "statistics" && s.Kind == "Consumer")
                && Orphans(spans).Count == 0,
            $"trace {traceId} to reach statistics' consumer with every span's parent in it");

        var roots = trace.Where(s => s.IsRoot).ToList();
        Assert.True(roots is [{ Service: "gateway", Kind: "Server" }],
            $"the trace has {roots.Count} roots: {string.Join("; ", roots)}");
    }

    private static List<ExportedSpan> Orphans(List<ExportedSpan> trace)
    {
        var ids = trace.Select(s => s.SpanId).ToHashSet(StringComparer.Ordinal);
        return [.. trace.Where(s => !s.IsRoot && !ids.Contains(s.ParentSpanId))];
    }

    /// <summary>
    /// A root span that is the system's work: a request it served, a message it consumed, or a background pass that
    /// claimed something (its own root by design). Anything else at the root is an idle poll leaking through.
    /// </summary>
    private static bool StartedByWork(ExportedSpan span) => span.Kind switch
    {
        "Server" or "Consumer" => true,
        _ => span.Scope == "PromoMonth.Background"
            && span.Attributes.TryGetValue("promomonth.background.claimed", out var claimed)
            && claimed != "0",
    };
}

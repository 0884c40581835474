using System.Diagnostics;
using System.Diagnostics.Metrics;
using OpenTelemetry;

namespace PromoMonth.ServiceDefaults.Hosting;

/// <summary>
/// How background passes (the outbox relays, the watches, retention) show up: an idle pass starts no trace, only
/// counts; a pass that finds work is a trace of its own, and the events it writes carry that trace onwards.
/// </summary>
public static class BackgroundPasses
{
    public const string SourceName = "PromoMonth.Background";
    private static readonly ActivitySource Source = new(SourceName);
    private static readonly Meter Meter = new(OpenTelemetryExtensions.BusinessMeterName);
    private static readonly Counter<long> Passes = Meter.CreateCounter<long>(
        "promomonth.background.passes", description: "Background passes run (tags: job, found_work)");
    private static readonly Histogram<long> Claimed = Meter.CreateHistogram<long>(
        "promomonth.background.claimed", unit: "{row}", description: "Rows a background pass claimed (tag: job)");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "promomonth.background.pass.duration", unit: "s", description: "How long a background pass took (tag: job)");

    /// <summary>Runs a pass's look for work with no tracing at all: a poll that finds nothing leaves no trace.</summary>
    public static async Task<T> UntracedAsync<T>(Func<Task<T>> look)
    {
        using (SuppressInstrumentationScope.Begin())
        {
            return await look();
        }
    }

    /// <summary>
    /// The part of a pass that does work, traced as a root span named for the job (also inside an untraced pass);
    /// dispose it when the work is done. Events written meanwhile carry its trace to their consumers.
    /// </summary>
    public static IDisposable TraceWork(string job, int claimed)
    {
        var traced = SuppressInstrumentationScope.Begin(false);
        var activity = Source.StartActivity($"{job} pass", ActivityKind.Internal, parentContext: default);
        activity?.SetTag("promomonth.background.claimed", claimed);
        return new WorkTrace(activity, traced);
    }

    private sealed class WorkTrace(Activity? activity, IDisposable traced) : IDisposable
    {
        public void Dispose()
        {
            activity?.Dispose();
            traced.Dispose();
        }
    }

    /// <summary>Counts one finished pass: how many rows it claimed and how long it took.</summary>
    public static void Record(string job, int claimed, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("job", job);
        Passes.Add(1, tag, new KeyValuePair<string, object?>("found_work", claimed > 0));
        Claimed.Record(claimed, tag);
        Duration.Record(elapsed.TotalSeconds, tag);
    }
}

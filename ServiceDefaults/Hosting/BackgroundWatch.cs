using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PromoMonth.ServiceDefaults.Hosting;

/// <summary>
/// A job every replica runs on a timer: one pass at start, then one per interval. A failed pass (the database away)
/// is logged and tried again at the next tick; passes must be safe to run on several replicas at once.
/// </summary>
public abstract class BackgroundWatch(TimeProvider clock, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock => clock;

    protected ILogger Logger => logger;

    /// <summary>How long from one pass to the next.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>The job's one name in logs, metrics (tag job) and its traces, e.g. "overdue watch".</summary>
    protected abstract string Job { get; }

    /// <summary>One pass; answers how many things it did, for the log.</summary>
    protected abstract Task<int> PassAsync(CancellationToken cancellationToken);

    /// <summary>Traces the work of a pass that found some (dispose when done); a pass that found none stays untraced.</summary>
    protected IDisposable? TraceWork(int found) => found > 0 ? BackgroundPasses.TraceWork(Job, found) : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var started = clock.GetTimestamp();
                // Looking for work is not traced; a pass that finds some traces its work (BackgroundPasses.TraceWork).
                var done = await BackgroundPasses.UntracedAsync(() => PassAsync(stoppingToken));
                BackgroundPasses.Record(Job, done, clock.GetElapsedTime(started));
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "The {Job} could not run; it tries again at the next tick", Job);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PromoMonth.ServiceDefaults.Hosting;

namespace PromoMonth.ServiceDefaults.Gauges;

/// <summary>What every gauge job needs: scopes for its database, the gauges, their interval and the clock.</summary>
public sealed record GaugeWatchContext(
    IServiceScopeFactory Scopes, BusinessGauges Gauges, IOptions<GaugeOptions> Options, TimeProvider Clock);

/// <summary>
/// A job that samples a service's business figures from its database into <see cref="BusinessGauges"/> every
/// Telemetry:Gauges:Interval; as a background watch it is counted, never traced.
/// </summary>
public abstract class GaugeWatch<TDbContext>(GaugeWatchContext context, ILogger logger) : BackgroundWatch(context.Clock, logger)
    where TDbContext : DbContext
{
    protected override TimeSpan Interval => context.Options.Value.Interval;

    protected BusinessGauges Gauges => context.Gauges;

    protected sealed override async Task<int> PassAsync(CancellationToken cancellationToken)
    {
        await using var scope = context.Scopes.CreateAsyncScope();
        await SampleAsync(scope.ServiceProvider.GetRequiredService<TDbContext>(), Clock.GetUtcNow(), cancellationToken);
        return 0;
    }

    protected abstract Task SampleAsync(TDbContext db, DateTimeOffset now, CancellationToken cancellationToken);
}

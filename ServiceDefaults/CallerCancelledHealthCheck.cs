using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PromoMonth.ServiceDefaults;

/// <summary>
/// A check whose caller gave up (a probe's client timed out or disconnected) has no verdict. Checks such as EF's catch
/// the cancellation and answer Unhealthy, which the health service logs as an Error: an operator saw a failed database
/// at every aborted probe. Rethrown as a cancellation, the health service lets it pass unlogged, and its own timeout
/// (a linked token the caller did not cancel) is still reported as the failure it is.
/// </summary>
internal sealed class CallerCancelledHealthCheck(IHealthCheck check) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var result = await check.CheckHealthAsync(context, cancellationToken);
        if (result.Status != HealthStatus.Healthy && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The health check's caller gave up before it finished.", cancellationToken);
        }

        return result;
    }

    /// <summary>Wraps every registered check, including those registered after the defaults (databases, cache).</summary>
    public static void WrapAll(HealthCheckServiceOptions options)
    {
        foreach (var registration in options.Registrations)
        {
            var factory = registration.Factory;
            registration.Factory = services => new CallerCancelledHealthCheck(factory(services));
        }
    }
}

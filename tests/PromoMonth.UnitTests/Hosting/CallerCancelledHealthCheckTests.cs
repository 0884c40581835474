using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using PromoMonth.ServiceDefaults;

namespace PromoMonth.UnitTests.Hosting;

/// <summary>
/// A probe whose client gives up mid-check is not a failed service: EF's database check answers Unhealthy when its
/// token is cancelled, and the dashboard showed an Error for it on a clean start.
/// </summary>
public sealed class CallerCancelledHealthCheckTests
{
    [Fact]
    public async Task A_check_abandoned_by_its_caller_logs_no_error_and_reports_no_verdict()
    {
        using var caller = new CancellationTokenSource();
        await using var services = Services(new AnswersUnhealthyWhenCancelled(caller));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => services.GetRequiredService<HealthCheckService>().CheckHealthAsync(caller.Token));

        Assert.DoesNotContain(services.GetRequiredService<FakeLogCollector>().GetSnapshot(), r => r.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task A_check_that_fails_on_its_own_is_still_unhealthy_and_logged()
    {
        await using var services = Services(new AnswersUnhealthyWhenCancelled(null));

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(CancellationToken.None);

        Assert.Equal(HealthStatus.Unhealthy, report.Entries["database"].Status);
        Assert.Contains(services.GetRequiredService<FakeLogCollector>().GetSnapshot(), r => r.Level == LogLevel.Error);
    }

    [Fact]
    public async Task A_check_that_outlives_its_own_timeout_is_reported_as_failed()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.AddDefaultHealthChecks();
        builder.Services.AddHealthChecks().AddCheck<WaitsForCancellation>("database", timeout: TimeSpan.FromMilliseconds(50));
        builder.Logging.AddFakeLogging();
        await using var services = builder.Services.BuildServiceProvider();

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(CancellationToken.None);

        Assert.Equal(HealthStatus.Unhealthy, report.Entries["database"].Status);
    }

    private static ServiceProvider Services(IHealthCheck database)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.AddDefaultHealthChecks();
        builder.Services.AddHealthChecks().AddCheck("database", database);
        builder.Logging.AddFakeLogging();
        return builder.Services.BuildServiceProvider();
    }

    /// <summary>As EF's DbContext check does: any exception, cancellation included, becomes Unhealthy.</summary>
    private sealed class AnswersUnhealthyWhenCancelled(CancellationTokenSource? caller) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await (caller?.CancelAsync() ?? Task.CompletedTask);
                cancellationToken.ThrowIfCancellationRequested();
                throw new InvalidOperationException("The database refused the connection.");
            }
            catch (Exception ex)
            {
                return HealthCheckResult.Unhealthy(ex.Message, ex);
            }
        }
    }

    private sealed class WaitsForCancellation : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (OperationCanceledException ex)
            {
                return HealthCheckResult.Unhealthy(ex.Message, ex);
            }
        }
    }
}

using Aspire.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PromoMonth.FaultTests;

/// <summary>
/// The dashboard tells the operator what is wrong: with the broker stopped, the services whose events wait for it turn
/// Degraded (they still take writes), and Healthy again once it is back and their outboxes have drained.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class BrokerHealthTests(SystemFixture system)
{
    private static readonly TimeSpan WithinAMinute = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_stopped_broker_turns_the_publishing_services_Degraded_and_they_are_Healthy_after_it_returns()
    {
        await system.StopAsync("rabbitmq");
        try
        {
            foreach (var service in new[] { "complaints", "registry" })
            {
                using var degraded = new CancellationTokenSource(WithinAMinute);
                await system.App.ResourceNotifications.WaitForResourceAsync(
                    service, e => e.Snapshot.HealthStatus == HealthStatus.Degraded, degraded.Token);
            }
        }
        finally
        {
            await system.StartAsync("rabbitmq");
        }
        foreach (var service in new[] { "complaints", "registry" })
        {
            using var healthy = new CancellationTokenSource(WithinAMinute);
            await system.App.ResourceNotifications.WaitForResourceAsync(
                service, e => e.Snapshot.HealthStatus == HealthStatus.Healthy, healthy.Token);
        }
    }
}

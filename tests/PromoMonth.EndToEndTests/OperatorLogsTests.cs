namespace PromoMonth.EndToEndTests;

/// <summary>
/// A clean start shows no error badge on the dashboard: no service logs an error while the system comes up on fresh
/// databases (first migrations, health polls before the bus has started).
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class OperatorLogsTests(SystemFixture system)
{
    [Fact]
    public async Task A_clean_start_logs_no_error()
    {
        // The exporters send logs every second: wait until the start's records have surely arrived.
        await Eventually.HoldsAsync(
            () => Task.FromResult(DateTimeOffset.UtcNow), now => now > system.HealthyAt.AddSeconds(3), "the start's logs to arrive");
        Assert.Contains(system.Telemetry.Logs, log => log.At <= system.HealthyAt);

        var errors = system.Telemetry.Logs.Where(log => log.IsError && log.At <= system.HealthyAt).ToList();
        Assert.True(errors.Count == 0, $"errors logged while the system started: {string.Join("\n", errors.Take(10))}");
    }
}

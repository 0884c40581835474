using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.IntegrationTests.Infrastructure;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceTests.Infrastructure;
using PromoMonth.Statistics.Infrastructure;

namespace PromoMonth.ServiceTests;

/// <summary>
/// Every gauge job samples its service's real database without failing: each reports finished passes, and none logs
/// that it could not run (a query EF cannot translate would).
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class GaugeJobsTests(ServersFixture servers)
{
    private static readonly string[] Jobs = ["licence gauges", "case gauges", "report gauges", "messaging gauges"];

    [Fact]
    public async Task The_gauge_jobs_of_licensing_complaints_and_statistics_pass_without_a_failure()
    {
        var passes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, listening) =>
            {
                if (instrument.Name == "promomonth.background.passes")
                {
                    listening.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag is { Key: "job", Value: string job })
                {
                    passes.AddOrUpdate(job, 1, (_, n) => n + 1);
                }
            }
        });
        listener.Start();
        var licensing = await servers.ServiceAsync<LicensingDbContext>("licensing-db");
        var complaints = await servers.ServiceAsync<ComplaintsDbContext>("complaints-db");
        var statistics = await servers.ServiceAsync<StatisticsDbContext>("statistics-db");

        // A pass of each job after the listener started: the default interval is 15 s.
        await Eventually.HoldsAsync(() => Task.FromResult(Jobs.Count(passes.ContainsKey)), seen => seen == Jobs.Length,
            $"a pass of each of {string.Join(", ", Jobs)}", TimeSpan.FromSeconds(60));

        var failures = new[] { licensing.Logs, complaints.Logs, statistics.Logs }
            .SelectMany(logs => logs.Records)
            .Where(r => r.Level >= LogLevel.Warning && r.Message.Contains("could not run", StringComparison.Ordinal))
            .ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

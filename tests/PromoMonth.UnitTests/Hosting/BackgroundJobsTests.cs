using System.Reflection;
using Microsoft.Extensions.Hosting;
using PromoMonth.ServiceDefaults.Hosting;

namespace PromoMonth.UnitTests.Hosting;

/// <summary>
/// Every timed job of every service is a <see cref="BackgroundWatch"/> (or the outbox relay, which does the same itself),
/// so that no job's look for work starts a trace: a hand-rolled timer loop would root a database span per tick.
/// </summary>
public sealed class BackgroundJobsTests
{
    private static readonly string[] Assemblies =
    [
        "PromoMonth.ServiceDefaults", "PromoMonth.EventRegistry", "PromoMonth.Identity", "PromoMonth.Licensing",
        "PromoMonth.Statistics", "PromoMonth.Complaints",
    ];

    [Fact]
    public void Every_background_service_looks_for_work_untraced()
    {
        var jobs = Assemblies.Select(Assembly.Load)
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(BackgroundService).IsAssignableFrom(t))
            .ToList();

        Assert.Contains(jobs, t => t.Name.StartsWith("SigningKeyRotationService", StringComparison.Ordinal));
        var handRolled = jobs
            .Where(t => !typeof(BackgroundWatch).IsAssignableFrom(t))
            .Where(t => t.Name != "OutboxRelay`1")
            .Select(t => t.FullName)
            .ToList();
        Assert.True(handRolled.Count == 0, $"background services that are not a BackgroundWatch: {string.Join(", ", handRolled)}");
    }
}

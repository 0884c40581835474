using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace PromoMonth.FaultTests;

/// <summary>Stops, starts and kills parts of the running system, through the AppHost as an operator would.</summary>
internal static class SystemControl
{
    private static readonly TimeSpan Wait = TimeSpan.FromMinutes(2);

    public static async Task StopAsync(this SystemFixture system, string resource)
    {
        var result = await system.App.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(resource, "resource-stop");
        Assert.True(result.Success, result.Message);
        using var deadline = new CancellationTokenSource(Wait);
        await system.App.ResourceNotifications.WaitForResourceAsync(
            resource, [KnownResourceStates.Exited, KnownResourceStates.Finished], deadline.Token);
    }

    public static async Task StartAsync(this SystemFixture system, string resource)
    {
        var result = await system.App.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(resource, "resource-start");
        Assert.True(result.Success, result.Message);
        using var deadline = new CancellationTokenSource(Wait);
        await system.App.ResourceNotifications.WaitForResourceHealthyAsync(resource, deadline.Token);
    }

    /// <summary>
    /// SIGKILL to the service's process: no shutdown, no flush, mid-write. Then the service is brought back as an
    /// operator would from the dashboard, by the start command.
    /// </summary>
    public static async Task KillAndRestartAsync(this SystemFixture system, string resource, string processName)
    {
        var pid = await ServiceProcessAsync(system, processName);
        using (var process = Process.GetProcessById(pid))
        {
            process.Kill(entireProcessTree: false);
            await process.WaitForExitAsync();
        }
        using (var stopped = new CancellationTokenSource(Wait))
        {
            await system.App.ResourceNotifications.WaitForResourceAsync(
                resource, [KnownResourceStates.Exited, KnownResourceStates.Finished, KnownResourceStates.FailedToStart], stopped.Token);
        }
        await system.StartAsync(resource);
        Assert.NotEqual(pid, await ServiceProcessAsync(system, processName));
    }

    /// <summary>The service's own process of this system (the first replica's, when it runs several).</summary>
    private static async Task<int> ServiceProcessAsync(SystemFixture system, string processName) =>
        await system.ServiceProcessesAsync(processName) is [var pid, ..]
            ? pid
            : throw new InvalidOperationException($"No {processName} process of this system is running.");

    /// <summary>
    /// Every process of the service (or gateway) in this system, one per replica, and none of a developer's system
    /// running beside it: those whose environment names this system's public address as the token issuer.
    /// </summary>
    public static async Task<IReadOnlyList<int>> ServiceProcessesAsync(this SystemFixture system, string processName)
    {
        var issuerPort = $":{system.Gateway.BaseAddress!.Port}/";
        var found = new List<int>();
        foreach (var process in Process.GetProcessesByName(processName))
        {
            using (process)
            {
                try
                {
                    var environment = (await File.ReadAllTextAsync($"/proc/{process.Id}/environ")).Split('\0');
                    if (environment.Any(variable => variable.StartsWith("Identity__Issuer=", StringComparison.Ordinal)
                        && variable.EndsWith(issuerPort, StringComparison.Ordinal)))
                    {
                        found.Add(process.Id);
                    }
                }
                catch (IOException)
                {
                    // Gone meanwhile.
                }
            }
        }
        return found;
    }
}

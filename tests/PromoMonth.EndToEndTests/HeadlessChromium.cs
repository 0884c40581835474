using System.Diagnostics;

namespace PromoMonth.EndToEndTests;

/// <summary>Headless Chromium as the tests run it: no sandbox, no network of its own, a throw-away profile each time.</summary>
internal static class HeadlessChromium
{
    /// <summary>Runs one action (<c>--dump-dom</c>, <c>--screenshot=…</c>) on the page; answers what it printed.</summary>
    public static async Task<string> RunAsync(string url, string windowSize, params string[] actions) =>
        (await RunLoggedAsync(url, windowSize, actions)).Output;

    /// <summary>Runs the actions with the page's console on stderr; answers what it printed and what it logged.</summary>
    public static async Task<(string Output, string Log)> RunLoggedAsync(string url, string windowSize, params string[] actions)
    {
        var start = new ProcessStartInfo("chromium") { RedirectStandardOutput = true, RedirectStandardError = true };
        var profile = Path.Combine(Path.GetTempPath(), $"chromium-{Guid.NewGuid():N}");
        string[] arguments =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", $"--window-size={windowSize}",
            $"--user-data-dir={profile}", .. actions, url,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var chromium = Process.Start(start)!;
        var output = chromium.StandardOutput.ReadToEndAsync();
        var errors = chromium.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await chromium.WaitForExitAsync(timeout.Token);
        Assert.True(chromium.ExitCode == 0, $"chromium {string.Join(' ', actions)} failed: {await errors}");
        return (await output, await errors);
    }
}

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
        var profile = Path.Combine(Path.GetTempPath(), $"chromium-{Guid.NewGuid():N}");
        string[] arguments =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", $"--window-size={windowSize}",
            $"--user-data-dir={profile}", .. actions, url,
        ];
        var chromium = await ProcessRunner.RunAsync("chromium", null, arguments, timeout: TimeSpan.FromSeconds(90));
        Assert.True(chromium.ExitCode == 0, $"chromium {string.Join(' ', actions)} failed: {chromium.Error}");
        return (chromium.Output, chromium.Error);
    }
}

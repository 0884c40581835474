using System.Text.Json;

namespace PromoMonth.EndToEndTests;

/// <summary>
/// /docs on a network without internet, as a partner's developer or an operator inside the ministry opens it: nothing is
/// requested from outside the gateway and nothing is refused by the page's own policy.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class DocsPageBrowserTests(SystemFixture system)
{
    [Fact]
    public async Task The_docs_page_loads_everything_from_the_gateway_and_its_console_has_no_refusal()
    {
        var gateway = system.Gateway.BaseAddress!;
        var netLog = Path.Combine(Path.GetTempPath(), $"docs-netlog-{Guid.NewGuid():N}.json");
        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestResults", "docs.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        // A screenshot lays the page out, which is when its fonts are fetched; the console goes to stderr.
        var (_, console) = await HeadlessChromium.RunLoggedAsync(new Uri(gateway, "/docs/").ToString(), "1280,900",
            "--enable-logging=stderr", "--v=0", $"--log-net-log={netLog}", "--virtual-time-budget=15000", $"--screenshot={screenshot}");

        // Chromium's own housekeeping (update checks and the like) is in the log too: what the page asked for carries
        // the page's origin as its initiator.
        var requested = PageRequests(await File.ReadAllTextAsync(netLog), gateway);
        Assert.Contains(requested, u => u.AbsolutePath.StartsWith("/openapi/", StringComparison.Ordinal));
        var outside = requested.Where(u => u.Host != gateway.Host || u.Port != gateway.Port).ToList();
        Assert.True(outside.Count == 0, $"/docs requested outside the gateway: {string.Join(", ", outside)}");
        // A request the page's own policy blocks never reaches the network log: the console names it.
        var refusals = console.Split('\n').Where(line => line.Contains("Content Security Policy", StringComparison.Ordinal)).ToList();
        Assert.True(refusals.Count == 0, $"/docs broke its own policy {refusals.Count} times: {string.Join("\n", refusals.Take(3))}");
        Assert.True(new FileInfo(screenshot).Length > 0);
    }

    /// <summary>The URLs a page of the gateway's origin requested, from Chromium's NetLog.</summary>
    private static List<Uri> PageRequests(string netLog, Uri gateway)
    {
        var origin = gateway.GetLeftPart(UriPartial.Authority);
        using var log = JsonDocument.Parse(netLog);
        return
        [
            .. log.RootElement.GetProperty("events").EnumerateArray()
                .Where(e => e.TryGetProperty("params", out var p) && p.TryGetProperty("url", out _)
                    && p.TryGetProperty("initiator", out var initiator) && initiator.GetString() == origin)
                .Select(e => new Uri(e.GetProperty("params").GetProperty("url").GetString()!))
                .Distinct(),
        ];
    }
}

using System.Text.Json;

namespace PromoMonth.EndToEndTests.Board;

/// <summary>
/// The board in Debian's Chromium at a phone's and a wall screen's size, through tests/board/check.mjs (playwright-core
/// drives it, axe-core checks it); the screenshots are kept beside the other browser tests' in TestResults.
/// </summary>
internal static class BoardBrowser
{
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults")).FullName;

    /// <summary>Opens the page; with a client id, signs in on it first and then opens <paramref name="after"/>.</summary>
    public static async Task<List<BoardView>> OpenAsync(Uri page, string? clientId = null, Uri? after = null)
    {
        string[] arguments = clientId is null
            ? ["check.mjs", page.ToString(), Artifacts]
            : ["check.mjs", page.ToString(), Artifacts, clientId, Tokens.DevelopmentSecret(clientId), after?.ToString() ?? ""];
        var run = await ProcessRunner.RunAsync("node", Path.Combine(ProcessRunner.RepositoryRoot(), "tests", "board"), arguments);
        Assert.True(run.ExitCode == 0, $"the board could not be opened in Chromium: {run.Error}");
        return JsonSerializer.Deserialize<List<BoardView>>(run.Output, JsonSerializerOptions.Web)!;
    }
}

internal sealed record BoardView(
    string Size, string Screenshot, int Overflow, Dictionary<string, string> Figures, List<AxeViolation> Violations);

internal sealed record AxeViolation(string Id, string? Impact, string Help, int Nodes);

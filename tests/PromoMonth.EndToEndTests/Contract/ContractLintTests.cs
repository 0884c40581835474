using System.Text.Json;

namespace PromoMonth.EndToEndTests.Contract;

/// <summary>
/// The five documents as the linters partners use read them: Redocly's recommended rules and Spectral's spectral:oas,
/// with what the contract promises raised to errors (tests/contract/redocly.yaml and .spectral.yaml: a 4xx answer and
/// a described 2xx for every operation, examples valid against their schemas, a description for every operation, tag
/// and parameter, the security every operation needs). Neither may report anything, error or warning.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ContractLintTests(SystemFixture system)
{
    [Fact]
    public async Task Redocly_reports_nothing_on_any_document()
    {
        var folder = await ContractTools.SaveDocumentsAsync(system.Gateway);
        var problems = new List<string>();
        // One document per run: with several, Redocly's JSON format writes one report after another.
        foreach (var name in ContractTools.Documents)
        {
            var run = await ContractTools.RunAsync("redocly", null, ["lint", Path.Combine(folder, $"{name}.json"), "--format=json"]);
            using var report = JsonDocument.Parse(run.Output);
            problems.AddRange(report.RootElement.GetProperty("problems").EnumerateArray()
                .Select(p => $"{name}: {p.GetProperty("ruleId").GetString()} ({p.GetProperty("severity").GetString()}): "
                    + $"{p.GetProperty("message").GetString()} at {Where(p)}"));
            Assert.True(run.ExitCode == 0 || problems.Count > 0, $"Redocly failed on {name}: {run.Error}");
        }
        Assert.True(problems.Count == 0, $"Redocly: {problems.Count} problems\n{string.Join('\n', problems.Take(20))}");
    }

    [Fact]
    public async Task Spectral_reports_nothing_on_any_document()
    {
        var folder = await ContractTools.SaveDocumentsAsync(system.Gateway);
        var documents = ContractTools.Documents.Select(d => Path.Combine(folder, $"{d}.json"));
        var run = await ContractTools.RunAsync("spectral", null, ["lint", .. documents, "-r", ".spectral.yaml", "-f", "json", "-q"]);

        // Spectral answers [] when nothing is found; errors, warnings, information and hints all count.
        using var report = JsonDocument.Parse(run.Output is { Length: > 0 } output ? output : "[]");
        var problems = report.RootElement.EnumerateArray()
            .Select(p => $"{p.GetProperty("code").GetString()}: {p.GetProperty("message").GetString()} in "
                + $"{Path.GetFileName(p.GetProperty("source").GetString())} at {string.Join('.', p.GetProperty("path").EnumerateArray())}")
            .ToList();
        Assert.True(problems.Count == 0, $"Spectral: {problems.Count} problems\n{string.Join('\n', problems.Take(20))}");
        Assert.True(run.ExitCode == 0, run.Error);
    }

    private static string Where(JsonElement problem) =>
        problem.GetProperty("location").EnumerateArray().Select(l => l.GetProperty("pointer").GetString()).FirstOrDefault() ?? "?";
}

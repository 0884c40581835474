namespace PromoMonth.EndToEndTests.Contract;

/// <summary>
/// The partners' tools, installed by the setup script in tests/contract: Redocly and Spectral (linters), openapi-typescript
/// (a client generator), TypeScript and openapi-fetch. The documents are read through the gateway, as a partner reads them.
/// </summary>
internal static class ContractTools
{
    public static readonly string[] Documents = ["registry", "licensing", "statistics", "complaints", "webhooks", "identity"];

    public static string Folder { get; } = Path.Combine(ProcessRunner.RepositoryRoot(), "tests", "contract");

    /// <summary>Saves every document the gateway serves into a fresh folder; answers the folder.</summary>
    public static async Task<string> SaveDocumentsAsync(HttpClient gateway)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"contract-{Guid.NewGuid():N}")).FullName;
        foreach (var name in Documents)
        {
            var document = await gateway.GetStringAsync($"/openapi/{name}.json");
            await File.WriteAllTextAsync(Path.Combine(folder, $"{name}.json"), document);
        }
        return folder;
    }

    /// <summary>Runs a tool of the package; Redocly is told not to send telemetry or look for updates (CI has no internet).</summary>
    public static Task<ProcessOutput> RunAsync(string tool, string? directory, IEnumerable<string> arguments) =>
        ProcessRunner.RunAsync(Path.Combine(Folder, "node_modules", ".bin", tool), directory ?? Folder, arguments,
            new Dictionary<string, string> { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true" },
            TimeSpan.FromMinutes(3));
}

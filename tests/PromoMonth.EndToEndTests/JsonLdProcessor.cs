using System.Diagnostics;

namespace PromoMonth.EndToEndTests;

/// <summary>jsonld.js, the reference JSON-LD processor (tests/jsonld, installed by the setup script).</summary>
internal static class JsonLdProcessor
{
    /// <summary>Expands the document; fails the test on anything the processor refuses (a remote context included).</summary>
    public static async Task<string> ExpandAsync(string document)
    {
        var start = new ProcessStartInfo("node", "expand.mjs")
        {
            WorkingDirectory = Path.Combine(ProcessRunner.RepositoryRoot(), "tests", "jsonld"),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        await node.StandardInput.WriteAsync(document);
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, $"jsonld.js refused the document: {await error}");
        return await output;
    }
}

using System.Text.Json;

namespace PromoMonth.EndToEndTests;

/// <summary>
/// jose (npm, tests/credentials): verifies a licence's credential from its public address with nothing but the
/// addresses the credential names, and reads the licence's status bits.
/// </summary>
internal static class Jose
{
    /// <summary>The verified header and payload, and the bits: { header, payload, status: { revocation, suspension } }.</summary>
    public static async Task<JsonElement> VerifyAsync(HttpClient gateway, string number)
    {
        var root = gateway.BaseAddress!;
        var run = await ProcessRunner.RunAsync("node", Path.Combine(ProcessRunner.RepositoryRoot(), "tests", "credentials"),
            ["verify.mjs", new Uri(root, $"/api/verify/{number}/credential").ToString(),
                new Uri(root, "/api/verify/issuer/jwks.json").ToString()]);
        Assert.True(run.ExitCode == 0, $"jose refused the credential: {run.Error}");
        return JsonDocument.Parse(run.Output).RootElement.Clone();
    }

    /// <summary>Whether jose read these two bits for the licence.</summary>
    public static bool Reads(JsonElement verified, bool revoked, bool suspended) =>
        verified.ValueKind == JsonValueKind.Object
        && verified.GetProperty("status").GetProperty("revocation").GetBoolean() == revoked
        && verified.GetProperty("status").GetProperty("suspension").GetBoolean() == suspended;
}

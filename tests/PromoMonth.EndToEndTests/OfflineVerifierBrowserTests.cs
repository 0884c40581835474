using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PromoMonth.EndToEndTests;

/// <summary>
/// The offline verifier as an inspector without signal uses it: Debian's Chromium at a phone's size opens the page once
/// with a network, the network is cut, the page reloads from its service worker, and pasted credentials are judged with
/// the cached keys and status lists. A licence revoked after that visit reads revoked once a visit with a network has
/// refreshed the lists. Screenshots are kept under TestResults as artifacts.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class OfflineVerifierBrowserTests(SystemFixture system)
{
    [Fact]
    public async Task With_the_network_cut_a_valid_credential_reads_valid_a_tampered_one_invalid_and_a_revoked_one_revoked_after_a_refresh()
    {
        var unit = await Tokens.ForAsync(system.Gateway, "unit-360000");
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var valid = await CredentialAsync(unit, ministry, "离线查验有效活动");
        var later = await CredentialAsync(unit, ministry, "离线查验撤销活动");
        var profile = Path.Combine(Path.GetTempPath(), $"offline-verifier-{Guid.NewGuid():N}");

        var first = await RunAsync(profile, ("valid", valid.Credential), ("tampered", Tampered(valid.Credential)),
            ("not-yet-revoked", later.Credential));
        Assert.Contains("default-src 'none'", first.GetProperty("policy").GetString(), StringComparison.Ordinal);
        Assert.Empty(first.GetProperty("foreign").EnumerateArray());
        Assert.True(first.GetProperty("reloaded").GetProperty("ok").GetBoolean(), first.GetProperty("reloaded").ToString());
        Assert.Equal("offline", first.GetProperty("reloaded").GetProperty("refreshed").GetString());
        var results = first.GetProperty("results");
        Assert.Equal("active", State(results, "valid"));
        Assert.Equal("有效授权", Words(results, "valid"));
        Assert.Equal("invalid", State(results, "tampered"));
        Assert.Equal("active", State(results, "not-yet-revoked"));

        using (var revoke = await system.Gateway.SendAsync(
            HttpMethod.Post, $"/api/licensing/licenses/{later.Id}/revoke", ministry, new { reason = "离线查验撤销" }))
        {
            Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        }
        await Eventually.HoldsAsync(() => Jose.VerifyAsync(system.Gateway, later.Number),
            verified => Jose.Reads(verified, revoked: true, suspended: false), "the revocation list to carry the licence");

        var second = await RunAsync(profile, ("revoked", later.Credential));
        Assert.Equal("revoked", State(second.GetProperty("results"), "revoked"));
        Assert.Equal("授权已撤销", Words(second.GetProperty("results"), "revoked"));
        Assert.Equal("rgb(198, 40, 40)", second.GetProperty("results")[0].GetProperty("colour").GetString());
    }

    /// <summary>The same credential with its licensee renamed and the signature kept.</summary>
    private static string Tampered(string compact)
    {
        var parts = compact.Split('.');
        var payload = JsonNode.Parse(LicensedActivities.PayloadOf(compact).GetRawText())!;
        payload["credentialSubject"]!["licensee"]!["name"] = "冒用标识的商户";
        return $"{parts[0]}.{LicensedActivities.Segment(payload.ToJsonString())}.{parts[2]}";
    }

    private static string? State(JsonElement results, string name) => Result(results, name).GetProperty("state").GetString();

    private static string? Words(JsonElement results, string name) => Result(results, name).GetProperty("words").GetString();

    private static JsonElement Result(JsonElement results, string name) =>
        results.EnumerateArray().Single(r => r.GetProperty("name").GetString() == name);

    private async Task<JsonElement> RunAsync(string profile, params (string Name, string Credential)[] checks)
    {
        var artifacts = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(artifacts);
        var file = Path.Combine(Path.GetTempPath(), $"offline-checks-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new
        {
            checks = checks.Select(c => new { name = c.Name, credential = c.Credential }),
        }));
        try
        {
            var run = await ProcessRunner.RunAsync("node", Path.Combine(ProcessRunner.RepositoryRoot(), "tests", "credentials"),
                ["offline.mjs", new Uri(system.Gateway.BaseAddress!, "/verify/offline").ToString(), profile, artifacts, file],
                timeout: TimeSpan.FromMinutes(3));
            Assert.True(run.ExitCode == 0, $"the offline verifier's browser run failed: {run.Error}");
            return JsonDocument.Parse(run.Output).RootElement.Clone();
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>A unit's approved activity, licensed, and its credential as anyone fetches it.</summary>
    private async Task<(string Id, string Number, string Credential)> CredentialAsync(string unit, string ministry, string title)
    {
        var (id, number) = await LicensedActivities.GrantAsync(system.Gateway, unit, ministry, "360000", "360100", title);
        return (id, number, await system.Gateway.GetStringAsync($"/api/verify/{number}/credential"));
    }
}

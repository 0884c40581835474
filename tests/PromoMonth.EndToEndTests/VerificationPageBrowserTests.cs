using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PromoMonth.EndToEndTests;

/// <summary>
/// What a person sees after scanning a licence's QR code: Debian's headless Chromium, at a phone's size, opens the
/// verification page through the gateway. Screenshots are kept under TestResults as artifacts.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class VerificationPageBrowserTests(SystemFixture system)
{
    [Fact]
    public async Task A_phone_sees_a_valid_licence_as_valid_and_a_revoked_one_as_revoked()
    {
        var unit = await Tokens.ForAsync(system.Gateway, "unit-310000");
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var valid = await GrantAsync(unit, ministry, "扫码查验活动");
        var revoked = await GrantAsync(unit, ministry, "撤销查验活动");
        using (var revoke = await system.Gateway.SendAsync(
            HttpMethod.Post, $"/api/licensing/licenses/{revoked.Id}/revoke", ministry, new { reason = "违规使用标识" }))
        {
            Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        }

        var validDom = await OpenAsync($"/verify/{valid.Number}", "verify-valid.png");
        Assert.Contains("data-state=\"active\"", validDom, StringComparison.Ordinal);
        Assert.Contains("有效授权", validDom, StringComparison.Ordinal);
        Assert.Contains("扫码查验活动", validDom, StringComparison.Ordinal);

        var revokedDom = await OpenAsync($"/verify/{revoked.Number}", "verify-revoked.png", expect: "data-state=\"revoked\"");
        Assert.Contains("授权已撤销", revokedDom, StringComparison.Ordinal);
        Assert.DoesNotContain("13800000009", revokedDom, StringComparison.Ordinal);
    }

    private async Task<(string Id, string Number)> GrantAsync(string unit, string ministry, string title)
    {
        using var created = await system.Gateway.SendAsync(HttpMethod.Post, "/api/registry/activities", unit,
            Samples.OfflineActivity("310000", "310100", title: title));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await system.Gateway.SendAsync(HttpMethod.Post, $"/api/registry/activities/{id}/submit", unit)).Dispose();
        (await system.Gateway.SendAsync(HttpMethod.Post, $"/api/registry/activities/{id}/approve", ministry)).Dispose();
        var grant = await Eventually.HoldsAsync(
            () => system.Gateway.AnswerAsync(HttpMethod.Post, "/api/licensing/licenses", unit,
                new { licenseeKind = "activity", licenseeId = id }),
            answer => answer.Status == HttpStatusCode.Created,
            "licensing to grant the approved activity a license");
        var license = grant.Json;
        return (license.GetProperty("id").GetString()!, license.GetProperty("number").GetString()!);
    }

    /// <summary>
    /// Renders the page as a 390×844 phone screen; retries until the expected state shows (caches live two seconds).
    /// </summary>
    private async Task<string> OpenAsync(string path, string screenshot, string? expect = null)
    {
        var url = new Uri(system.Gateway.BaseAddress!, path).ToString();
        var artifacts = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(artifacts);
        var dom = await Eventually.HoldsAsync(
            () => ChromiumAsync(url, "--dump-dom"),
            shown => expect is null || shown.Contains(expect, StringComparison.Ordinal),
            $"{path} to show {expect}");
        await ChromiumAsync(url, $"--screenshot={Path.Combine(artifacts, screenshot)}");
        Assert.True(new FileInfo(Path.Combine(artifacts, screenshot)).Length > 0);
        return dom;
    }

    private static Task<string> ChromiumAsync(string url, string action) => HeadlessChromium.RunAsync(url, "390,844", action);
}

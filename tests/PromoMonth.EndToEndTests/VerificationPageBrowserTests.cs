using System.Net;

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
        var valid = await LicensedActivities.GrantAsync(system.Gateway, unit, ministry, "310000", "310100", "扫码查验活动");
        var revoked = await LicensedActivities.GrantAsync(system.Gateway, unit, ministry, "310000", "310100", "撤销查验活动");
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

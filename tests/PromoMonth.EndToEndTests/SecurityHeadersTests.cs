using System.Net;

namespace PromoMonth.EndToEndTests;

/// <summary>Every HTML page carries a content security policy, no sniffing and frame denial; every API answer the last two.</summary>
[Collection(SystemCollection.Name)]
public sealed class SecurityHeadersTests(SystemFixture system)
{
    [Theory]
    [InlineData("/verify/CPM2020-310000-99999", "default-src 'none'")]
    [InlineData("/verify/cpm2020-310000-99999", "default-src 'none'")]
    [InlineData("/docs", "frame-ancestors 'none'")]
    public async Task Html_pages_carry_a_content_security_policy_and_refuse_framing(string path, string policy)
    {
        using var page = await system.Gateway.GetAsync(path);

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains(policy, string.Join(' ', page.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(page.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(page.Headers.GetValues("X-Frame-Options")));
        Assert.DoesNotContain("<script>alert(1)", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_answers_refuse_sniffing_and_framing_too()
    {
        using var answer = await system.Gateway.GetAsync("/api/verify/mark");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("nosniff", Assert.Single(answer.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(answer.Headers.GetValues("X-Frame-Options")));
    }
}

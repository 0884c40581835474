using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace PromoMonth.EndToEndTests;

[Collection(SystemCollection.Name)]
public sealed class MarkTests(SystemFixture system)
{
    [Fact]
    public async Task Anyone_reads_the_rules_licensees_download_the_logo_and_only_the_ministry_uploads_checked_artwork_served_inert()
    {
        using var rules = await system.Gateway.GetAsync("/api/verify/mark");
        var mark = await rules.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2020年全国消费促进月", mark.GetProperty("name").GetString());
        Assert.True(mark.GetProperty("rules").GetProperty("showLicenceNumberBesideLogo").GetBoolean());

        var unit = await Tokens.ForAsync(system.Gateway, "unit-310000");
        using var svg = await system.Gateway.SendAsync(HttpMethod.Get, "/api/licensing/mark/logo.svg", unit);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var before = await svg.Content.ReadAsByteArrayAsync();
        using var byUnit = await UploadAsync(unit, "image/png", Png());
        using var scripted = await UploadAsync(ministry, "image/svg+xml", Encoding.UTF8.GetBytes(
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><x:script xmlns:x=\"http://www.w3.org/2000/svg\">alert(1)</x:script></svg>"));
        using var png = await UploadAsync(ministry, "application/octet-stream", Png());
        Assert.Equal(HttpStatusCode.Forbidden, byUnit.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, scripted.StatusCode);
        Assert.Equal("application/problem+json", scripted.Content.Headers.ContentType?.MediaType);
        var refusal = await scripted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("script", refusal.GetProperty("errors").GetProperty("logo")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);

        using var svgAfter = await system.Gateway.SendAsync(HttpMethod.Get, "/api/licensing/mark/logo.svg", unit);
        using var downloaded = await system.Gateway.SendAsync(HttpMethod.Get, "/api/licensing/mark/logo.png", unit);
        Assert.Equal(before, await svgAfter.Content.ReadAsByteArrayAsync());
        Assert.Equal(Png(), await downloaded.Content.ReadAsByteArrayAsync());
        foreach (var asset in new[] { svg, svgAfter, downloaded })
        {
            var policy = Assert.Single(asset.Headers.GetValues("Content-Security-Policy"));
            Assert.Equal("default-src 'none'; style-src 'unsafe-inline'", policy);
            Assert.Equal("nosniff", Assert.Single(asset.Headers.GetValues("X-Content-Type-Options")));
        }
    }

    private async Task<HttpResponseMessage> UploadAsync(string token, string contentType, byte[] content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/licensing/mark/logo").Authorized(token);
        request.Content = new ByteArrayContent(content);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return await system.Gateway.SendAsync(request);
    }

    private static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
}

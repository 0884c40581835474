using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PromoMonth.EndToEndTests;

/// <summary>
/// Licences as signed credentials, checked through the gateway with jose (npm), a JOSE library no one here wrote, from
/// nothing but the addresses the credential names: the signature against the issuer's JWKS, the typ, the claims, and
/// the licence's bits in the revocation and suspension status lists as each status change lands.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class LicenceCredentialTests(SystemFixture system)
{
    /// <summary>The promise: a status change shows in the credential's status bits within five seconds.</summary>
    private static readonly TimeSpan StatusPromise = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Jose_verifies_the_credential_and_its_status_bits_follow_suspension_reinstatement_and_revocation()
    {
        var unit = await Tokens.ForAsync(system.Gateway, "unit-320000");
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var (id, number) = await LicensedActivities.GrantAsync(system.Gateway, unit, ministry, "320000", "320100", "凭证查验活动");

        var granted = await BitsAsync(number, revoked: false, suspended: false, "the granted licence's bits clear");
        Assert.Equal("vc+jwt", granted.GetProperty("header").GetProperty("typ").GetString());
        Assert.Equal("ES256", granted.GetProperty("header").GetProperty("alg").GetString());
        var payload = granted.GetProperty("payload");
        Assert.Equal(number, payload.GetProperty("credentialSubject").GetProperty("licenceNumber").GetString());
        Assert.Equal("320000", payload.GetProperty("credentialSubject").GetProperty("region").GetString());
        var authority = payload.GetProperty("credentialSubject").GetProperty("issuingAuthority");
        Assert.Equal("reportingUnit", authority.GetProperty("kind").GetString());
        Assert.Contains("PromotionMarkLicence", payload.GetProperty("type").EnumerateArray().Select(t => t.GetString()));

        await ChangeAsync(ministry, id, "suspend");
        await BitsAsync(number, revoked: false, suspended: true, "the suspension bit set");
        await ChangeAsync(ministry, id, "reinstate");
        await BitsAsync(number, revoked: false, suspended: false, "the suspension bit cleared on reinstatement");
        await ChangeAsync(ministry, id, "revoke");
        await BitsAsync(number, revoked: true, suspended: false, "the revocation bit set");
    }

    [Fact]
    public async Task A_status_list_answers_not_modified_to_its_etag_until_a_bit_changes()
    {
        var unit = await Tokens.ForAsync(system.Gateway, "unit-330000");
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var (id, number) = await LicensedActivities.GrantAsync(system.Gateway, unit, ministry, "330000", "330100", "状态列表缓存活动");
        var credential = await PayloadAsync($"/api/verify/{number}/credential");
        var list = new Uri(credential.GetProperty("credentialStatus")[0].GetProperty("statusListCredential").GetString()!).PathAndQuery;

        using var first = await system.Gateway.GetAsync(list);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/vc+jwt", first.Content.Headers.ContentType?.MediaType);
        var etag = first.Headers.ETag!;
        Assert.True(etag.IsWeak);
        using (var again = await ConditionalGetAsync(list, etag))
        {
            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        }

        await ChangeAsync(ministry, id, "revoke");
        await Eventually.HoldsWithinAsync(StatusPromise, async () =>
        {
            using var changed = await ConditionalGetAsync(list, etag);
            return changed.StatusCode;
        }, status => status == HttpStatusCode.OK, "the revocation list to change its ETag");
    }

    [Fact]
    public async Task The_issuer_publishes_public_keys_only_and_unknown_lists_and_numbers_are_absent()
    {
        using var jwks = await system.Gateway.GetAsync("/api/verify/issuer/jwks.json");
        Assert.Equal(HttpStatusCode.OK, jwks.StatusCode);
        var keys = (await jwks.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("keys").EnumerateArray().ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, k =>
        {
            Assert.Equal("EC", k.GetProperty("kty").GetString());
            Assert.Equal("P-256", k.GetProperty("crv").GetString());
            Assert.False(k.TryGetProperty("d", out _), "a private key parameter is published");
        });
        var issuer = await system.Gateway.GetFromJsonAsync<JsonElement>("/api/verify/issuer");
        Assert.EndsWith("/api/verify/issuer/jwks.json", issuer.GetProperty("jwksUri").GetString(), StringComparison.Ordinal);

        foreach (var absent in new[]
        {
            "/api/verify/status/revocation/9999", "/api/verify/status/expiry/0", "/api/verify/status/revocation/-1",
            "/api/verify/CPM2020-310000-99999/credential",
        })
        {
            using var answer = await system.Gateway.GetAsync(absent);
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        }
        using var malformed = await system.Gateway.GetAsync("/api/verify/not-a-number/credential");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public async Task A_licensing_client_downloads_its_own_regions_credential_and_dense_qr_code_but_not_another_regions()
    {
        var unit = await Tokens.ForAsync(system.Gateway, "unit-340000");
        var other = await Tokens.ForAsync(system.Gateway, "unit-350000");
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var (id, number) = await LicensedActivities.GrantAsync(system.Gateway, unit, ministry, "340000", "340100", "凭证下载活动");

        using var own = await system.Gateway.SendAsync(HttpMethod.Get, $"/api/licensing/licenses/{id}/credential", unit);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var subject = LicensedActivities.PayloadOf(await own.Content.ReadAsStringAsync()).GetProperty("credentialSubject");
        Assert.Equal(number, subject.GetProperty("licenceNumber").GetString());
        using var qr = await system.Gateway.SendAsync(HttpMethod.Get, $"/api/licensing/licenses/{id}/qr-credential.png", unit);
        Assert.Equal(HttpStatusCode.OK, qr.StatusCode);
        Assert.Equal("image/png", qr.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], (await qr.Content.ReadAsByteArrayAsync())[..4]);

        using var foreign = await system.Gateway.SendAsync(HttpMethod.Get, $"/api/licensing/licenses/{id}/credential", other);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        using var anonymous = await system.Gateway.GetAsync($"/api/licensing/licenses/{id}/credential");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    /// <summary>Runs jose until the licence's two bits read as expected, within the promise.</summary>
    private Task<JsonElement> BitsAsync(string number, bool revoked, bool suspended, string what) =>
        Eventually.HoldsWithinAsync(StatusPromise, () => Jose.VerifyAsync(system.Gateway, number),
            verified => Jose.Reads(verified, revoked, suspended), what);

    private async Task<JsonElement> PayloadAsync(string path) => LicensedActivities.PayloadOf(await system.Gateway.GetStringAsync(path));

    private async Task<HttpResponseMessage> ConditionalGetAsync(string path, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        return await system.Gateway.SendAsync(request);
    }

    private async Task ChangeAsync(string ministry, string id, string action)
    {
        using var answer = await system.Gateway.SendAsync(
            HttpMethod.Post, $"/api/licensing/licenses/{id}/{action}", ministry, new { reason = "凭证状态核验" });
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

}

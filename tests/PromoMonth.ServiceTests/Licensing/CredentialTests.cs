using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PromoMonth.Licensing.Credentials;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Security.SigningKeys;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Licensing;

/// <summary>The credential as the licensing service issues it: its place in the lists, its contents, its keys.</summary>
[Collection(ServersCollection.Name)]
public sealed class CredentialTests(ServersFixture servers)
{
    private const string Shanghai = "310000";

    private Task<ServiceHost<LicensingDbContext>> ServiceAsync() => servers.ServiceAsync<LicensingDbContext>("licensing-db");

    [Fact]
    public async Task Every_licence_takes_a_place_of_its_own_in_the_status_lists_and_keeps_it()
    {
        var service = await ServiceAsync();
        var (first, _) = await Licensees.LicenseAsync(service, Shanghai);
        var (second, _) = await Licensees.LicenseAsync(service, Shanghai);
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.Licensing));
        var before = await PositionAsync(service, first);

        (await ministry.PostAsJsonAsync($"/api/licensing/licenses/{first}/suspend", new { reason = "复核" })).Dispose();
        (await ministry.PostAsJsonAsync($"/api/licensing/licenses/{first}/revoke", new { reason = "复核" })).Dispose();

        Assert.Equal(before, await PositionAsync(service, first));
        Assert.True(await PositionAsync(service, second) > before);
        var positions = await service.QueryAsync<LicensingDbContext, List<long>>(
            db => db.Licenses.Select(l => l.StatusPosition).ToListAsync());
        Assert.Equal(positions.Count, positions.Distinct().Count());
    }

    [Fact]
    public async Task An_enterprises_credential_names_its_credit_code_and_the_ministry_that_granted_it_and_verifies_with_the_jwks()
    {
        var service = await ServiceAsync();
        var enterprise = await Licensees.EnterpriseAsync(service, Shanghai, committed: true);
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.Licensing));
        using var granted = await ministry.PostAsJsonAsync(
            "/api/licensing/licenses", new { licenseeKind = "enterprise", licenseeId = enterprise.EnterpriseId });
        Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        var number = (await granted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString();
        using var anonymous = service.ClientAs(null);

        using var answer = await anonymous.GetAsync($"/api/verify/{number}/credential");
        var compact = await answer.Content.ReadAsStringAsync();
        var jwks = new JsonWebKeySet(await anonymous.GetStringAsync("/api/verify/issuer/jwks.json"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(CredentialSigner.MediaType, answer.Content.Headers.ContentType?.MediaType);
        var verified = await new JsonWebTokenHandler().ValidateTokenAsync(compact, new TokenValidationParameters
        {
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidIssuer = "http://localhost:5080/api/verify/issuer",
            ValidateAudience = false,
            ValidTypes = ["vc+jwt"],
        });
        Assert.True(verified.IsValid, verified.Exception?.Message);
        var subject = JsonDocument.Parse(Base64UrlEncoder.Decode(new JsonWebToken(compact).EncodedPayload)).RootElement
            .GetProperty("credentialSubject");
        Assert.Equal(enterprise.CreditCode, subject.GetProperty("licensee").GetProperty("creditCode").GetString());
        Assert.Equal("ministry", subject.GetProperty("issuingAuthority").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_retired_credential_key_stays_published_as_long_as_the_longest_licence_it_can_have_signed()
    {
        var service = await ServiceAsync();

        var schedule = service.Services.GetRequiredService<SigningKeySchedule>();

        Assert.True(schedule.RetiredKeyPublished >= TimeSpan.FromDays(new LicensingOptions().MaxValidityDays));
        Assert.Equal(SigningKeyAlgorithm.Es256, service.Services.GetRequiredService<SigningKeyAlgorithm>());
    }

    private static Task<long> PositionAsync(ServiceHost<LicensingDbContext> service, Guid id) =>
        service.QueryAsync<LicensingDbContext, long>(db => db.Licenses.Where(l => l.Id == id).Select(l => l.StatusPosition).SingleAsync());
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PromoMonth.EndToEndTests;

[Collection(SystemCollection.Name)]
public sealed class IdentityTests(SystemFixture system)
{
    [Fact]
    public async Task A_rotated_secret_replaces_the_old_one_at_once()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var client = await ClientAdministration.CreateAsync(system.Gateway, ministry, "hotline", null, ["complaints.intake"]);
        Assert.NotNull((await Tokens.RequestAsync(system.Gateway, client.ClientId, client.Secret)).AccessToken);

        using var rotated = await system.Gateway.SendAsync(
            HttpMethod.Post, $"/api/identity/clients/{client.ClientId}/rotate-secret", ministry);

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var newSecret = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clientSecret").GetString()!;
        Assert.NotEqual(client.Secret, newSecret);
        var withOld = await Tokens.RequestAsync(system.Gateway, client.ClientId, client.Secret);
        Assert.Null(withOld.AccessToken);
        Assert.Equal("invalid_client", withOld.Error);
        Assert.NotNull((await Tokens.RequestAsync(system.Gateway, client.ClientId, newSecret)).AccessToken);
    }

    [Fact]
    public async Task A_disabled_client_gets_no_new_token_and_an_enabled_one_does_again()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var client = await ClientAdministration.CreateAsync(system.Gateway, ministry, "broadcaster", null, ["registry"]);

        using var disabled = await system.Gateway.SendAsync(HttpMethod.Post, $"/api/identity/clients/{client.ClientId}/disable", ministry);
        var refused = await Tokens.RequestAsync(system.Gateway, client.ClientId, client.Secret);
        using var enabled = await system.Gateway.SendAsync(HttpMethod.Post, $"/api/identity/clients/{client.ClientId}/enable", ministry);
        var again = await Tokens.RequestAsync(system.Gateway, client.ClientId, client.Secret);

        Assert.True((await disabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("disabled").GetBoolean());
        Assert.Equal("invalid_client", refused.Error);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.NotNull(again.AccessToken);
    }

    [Fact]
    public async Task Every_reporting_unit_has_a_region_bound_client_and_tokens_carry_the_region()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");

        using var list = await system.Gateway.SendAsync(HttpMethod.Get, "/api/identity/clients?pageSize=100", ministry);
        var clients = (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToList();
        var units = clients
            .Where(c => c.GetProperty("kind").GetString() == "reportingUnit")
            .Where(c => c.GetProperty("clientId").GetString()!.StartsWith("unit-", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(37, units.Count);
        Assert.All(units, u => Assert.Equal($"unit-{u.GetProperty("regionCode").GetString()}", u.GetProperty("clientId").GetString()));

        var token = await Tokens.ForAsync(system.Gateway, "unit-660000");
        var payload = JsonDocument.Parse(Base64UrlDecode(token.Split('.')[1])).RootElement;
        Assert.Equal("660000", payload.GetProperty("region").GetString());
        Assert.True(payload.GetProperty("exp").GetInt64() - payload.GetProperty("iat").GetInt64() <= 600, "access tokens live minutes");
    }

    [Fact]
    public async Task A_hotline_asking_for_a_scope_it_does_not_hold_gets_no_token()
    {
        var answer = await Tokens.RequestAsync(system.Gateway, "hotline-12315", scope: "registry");

        Assert.Null(answer.AccessToken);
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        // OpenIddict answers invalid_request for a scope the client is not permitted, and says which.
        Assert.Equal("invalid_request", answer.Error);
        Assert.Contains("scope", answer.ErrorDescription, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Bad_client_input_gets_a_422_naming_each_field()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");

        using var response = await system.Gateway.SendAsync(HttpMethod.Post, "/api/identity/clients", ministry, new
        {
            clientId = "X",
            displayName = "",
            kind = "reportingUnit",
            regionCode = "710000",
            scopes = new[] { "everything" },
            accessTokenLifetimeSeconds = 0,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "clientId", "displayName", "regionCode", "scopes", "accessTokenLifetimeSeconds" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} is named");
        }
    }

    private static byte[] Base64UrlDecode(string value) => System.Buffers.Text.Base64Url.DecodeFromChars(value);
}

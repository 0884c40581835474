using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PromoMonth.Identity.Infrastructure;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Identity;

/// <summary>/connect/token in Development: the documented secrets work, and every refusal says which OAuth2 error it is.</summary>
[Collection(ServersCollection.Name)]
public sealed class TokenEndpointTests(ServersFixture servers)
{
    private Task<ServiceHost<IdentityDbContext>> ServiceAsync() => IdentityService.StartAsync(servers);

    [Fact]
    public async Task A_seeded_client_with_its_development_secret_gets_a_bearer_token()
    {
        var answer = await RequestAsync(await ServiceAsync(), "ministry", "ministry-secret");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.False(string.IsNullOrEmpty(answer.Body.GetProperty("access_token").GetString()));
        Assert.Equal("Bearer", answer.Body.GetProperty("token_type").GetString());
    }

    [Fact]
    public async Task A_wrong_secret_is_an_invalid_client()
    {
        var answer = await RequestAsync(await ServiceAsync(), "ministry", "not-the-secret");

        Assert.Equal("invalid_client", answer.Error);
        Assert.False(answer.Body.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task A_scope_no_service_offers_is_an_invalid_scope()
    {
        var answer = await RequestAsync(await ServiceAsync(), "ministry", "ministry-secret", scope: "everything");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("invalid_scope", answer.Error);
    }

    [Fact]
    public async Task A_scope_the_client_does_not_hold_gets_no_token()
    {
        var answer = await RequestAsync(await ServiceAsync(), "hotline-12315", "hotline-12315-secret", scope: "registry");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("invalid_request", answer.Error);
    }

    [Fact]
    public async Task Only_the_client_credentials_grant_is_offered()
    {
        var service = await ServiceAsync();
        using var http = service.ClientAs(null);

        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "ministry",
            ["client_secret"] = "ministry-secret",
            ["username"] = "a",
            ["password"] = "b",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unsupported_grant_type", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    internal static async Task<TokenAnswer> RequestAsync(
        ServiceHost<IdentityDbContext> service, string clientId, string secret, string? scope = null)
    {
        using var http = service.ClientAs(null);
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        };
        if (scope is not null)
        {
            form["scope"] = scope;
        }
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        var body = (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
        return new TokenAnswer(response.StatusCode, body, body.TryGetProperty("error", out var error) ? error.GetString() : null);
    }

    internal sealed record TokenAnswer(HttpStatusCode Status, JsonElement Body, string? Error);
}

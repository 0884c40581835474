using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PromoMonth.EndToEndTests;

/// <summary>Gets access tokens the way a partner does: client credentials at the gateway's /connect/token.</summary>
public static class Tokens
{
    /// <summary>Development secrets, as the README documents them.</summary>
    public static string DevelopmentSecret(string clientId) => $"{clientId}-secret";

    public static async Task<TokenAnswer> RequestAsync(HttpClient gateway, string clientId, string? secret = null, string? scope = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret ?? DevelopmentSecret(clientId),
        };
        if (scope is not null)
        {
            form["scope"] = scope;
        }
        using var response = await gateway.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new TokenAnswer(
            response.StatusCode,
            body.TryGetProperty("access_token", out var token) ? token.GetString() : null,
            body.TryGetProperty("error", out var error) ? error.GetString() : null,
            body.TryGetProperty("error_description", out var description) ? description.GetString() : null);
    }

    public static async Task<string> ForAsync(HttpClient gateway, string clientId, string? scope = null)
    {
        var answer = await RequestAsync(gateway, clientId, scope: scope);
        Assert.True(answer.AccessToken is not null, $"{clientId} got no token: {answer.Status} {answer.Error}");
        return answer.AccessToken!;
    }

    public static HttpRequestMessage Authorized(this HttpRequestMessage request, string? token)
    {
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return request;
    }
}

public sealed record TokenAnswer(HttpStatusCode Status, string? AccessToken, string? Error, string? ErrorDescription = null);

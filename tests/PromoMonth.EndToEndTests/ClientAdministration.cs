using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PromoMonth.EndToEndTests;

internal static class ClientAdministration
{
    public sealed record CreatedClient(string ClientId, string Secret);

    public static async Task<CreatedClient> CreateAsync(
        HttpClient gateway,
        string ministryToken,
        string kind,
        string? regionCode,
        string[] scopes,
        int? lifetimeSeconds = null,
        string? clientId = null)
    {
        clientId ??= $"test-{Guid.NewGuid():N}"[..30];
        using var response = await gateway.SendAsync(HttpMethod.Post, "/api/identity/clients", ministryToken, new
        {
            clientId,
            displayName = "Test partner",
            kind,
            regionCode,
            scopes,
            accessTokenLifetimeSeconds = lifetimeSeconds,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new CreatedClient(clientId, body.GetProperty("clientSecret").GetString()!);
    }
}

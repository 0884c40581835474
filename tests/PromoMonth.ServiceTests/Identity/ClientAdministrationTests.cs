using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PromoMonth.Identity.Infrastructure;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Identity;

/// <summary>The ministry's client administration: what it refuses, what it answers for a client that is not there.</summary>
[Collection(ServersCollection.Name)]
public sealed class ClientAdministrationTests(ServersFixture servers)
{
    private const string Path = "/api/identity/clients";

    private Task<ServiceHost<IdentityDbContext>> ServiceAsync() => IdentityService.StartAsync(servers);

    [Fact]
    public async Task Bad_client_input_is_a_422_naming_each_field()
    {
        using var http = MinistryToken.Client(await ServiceAsync());

        using var response = await http.PostAsJsonAsync(Path, new
        {
            clientId = "X",
            displayName = "",
            kind = "reportingUnit",
            regionCode = "710000",
            scopes = new[] { "everything" },
            accessTokenLifetimeSeconds = 0,
        });

        var errors = (await BodyAsync(response, HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        Assert.Equal(["accessTokenLifetimeSeconds", "clientId", "displayName", "regionCode", "scopes"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Between 1 and 600 seconds.", errors.GetProperty("accessTokenLifetimeSeconds")[0].GetString());
    }

    [Fact]
    public async Task An_empty_body_names_the_missing_fields()
    {
        using var http = MinistryToken.Client(await ServiceAsync());

        using var response = await http.PostAsJsonAsync(Path, new { });

        var errors = (await BodyAsync(response, HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        Assert.Equal(["clientId", "displayName", "kind", "scopes"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("POST", "/disable")]
    [InlineData("POST", "/enable")]
    [InlineData("POST", "/rotate-secret")]
    public async Task A_client_that_is_not_there_is_404(string method, string action)
    {
        using var http = MinistryToken.Client(await ServiceAsync());

        using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"{Path}/no-such-client{action}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_created_client_gets_tokens_with_its_secret_and_its_id_is_then_taken()
    {
        var service = await ServiceAsync();
        using var http = MinistryToken.Client(service);
        var clientId = $"test-{Guid.NewGuid():N}"[..30];
        var body = new { clientId, displayName = "Test partner", kind = "hotline", scopes = new[] { Scopes.ComplaintsIntake } };

        using var created = await http.PostAsJsonAsync(Path, body);
        using var again = await http.PostAsJsonAsync(Path, body);

        var client = await BodyAsync(created, HttpStatusCode.Created);
        Assert.Equal($"{Path}/{clientId}", created.Headers.Location?.OriginalString);
        Assert.Equal(["complaints.intake"], client.GetProperty("client").GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        var secret = client.GetProperty("clientSecret").GetString() ?? "";
        var token = await TokenEndpointTests.RequestAsync(service, clientId, secret);
        Assert.Equal(HttpStatusCode.OK, token.Status);
        Assert.Equal("This client id is taken.", (await BodyAsync(again, HttpStatusCode.Conflict)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_disabled_client_gets_no_token()
    {
        var service = await ServiceAsync();
        using var http = MinistryToken.Client(service);
        var clientId = $"test-{Guid.NewGuid():N}"[..30];
        using var created = await http.PostAsJsonAsync(Path,
            new { clientId, displayName = "Test partner", kind = "broadcaster", scopes = new[] { Scopes.Registry } });
        var secret = (await BodyAsync(created, HttpStatusCode.Created)).GetProperty("clientSecret").GetString() ?? "";

        using var disabled = await http.PostAsync($"{Path}/{clientId}/disable", null);

        Assert.True((await BodyAsync(disabled, HttpStatusCode.OK)).GetProperty("disabled").GetBoolean());
        Assert.Equal("invalid_client", (await TokenEndpointTests.RequestAsync(service, clientId, secret)).Error);
    }

    [Fact]
    public async Task Only_the_ministry_administers_clients()
    {
        using var http = MinistryToken.Client(await ServiceAsync(), ClientKinds.Broadcaster);

        using var response = await http.GetAsync(Path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

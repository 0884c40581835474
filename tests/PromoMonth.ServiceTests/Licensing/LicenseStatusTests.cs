using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Licensing;

/// <summary>Suspend, revoke, reinstate: who may, what a licence's state refuses, and what each change sends.</summary>
[Collection(ServersCollection.Name)]
public sealed class LicenseStatusTests(ServersFixture servers)
{
    private const string Shanghai = "310000";
    private const string ConflictTitle = "This change is not allowed in the licence's current state.";

    private Task<ServiceHost<LicensingDbContext>> ServiceAsync() => servers.ServiceAsync<LicensingDbContext>("licensing-db");

    [Fact]
    public async Task A_revoked_licence_cannot_be_reinstated_or_suspended_409()
    {
        var service = await ServiceAsync();
        var (id, _) = await Licensees.LicenseAsync(service, Shanghai);
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.Licensing));

        using var revoked = await ministry.PostAsJsonAsync($"/api/licensing/licenses/{id}/revoke", new { reason = "复核后撤销" });
        using var reinstated = await ministry.PostAsJsonAsync($"/api/licensing/licenses/{id}/reinstate", new { reason = "误撤" });
        using var suspended = await ministry.PostAsJsonAsync($"/api/licensing/licenses/{id}/suspend", new { reason = "再查" });

        Assert.Equal("revoked", (await BodyAsync(revoked, HttpStatusCode.OK)).GetProperty("status").GetString());
        var reinstateProblem = await BodyAsync(reinstated, HttpStatusCode.Conflict);
        Assert.Equal(ConflictTitle, reinstateProblem.GetProperty("title").GetString());
        Assert.Equal("A revoked licence cannot be reinstated.", reinstateProblem.GetProperty("detail").GetString());
        var suspendProblem = await BodyAsync(suspended, HttpStatusCode.Conflict);
        Assert.Equal("A revoked licence cannot be suspended.", suspendProblem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_repeated_suspension_answers_the_licence_unchanged_and_sends_one_event()
    {
        var service = await ServiceAsync();
        var (id, _) = await Licensees.LicenseAsync(service, Shanghai);
        using var unit = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Licensing));

        using var first = await unit.PostAsJsonAsync($"/api/licensing/licenses/{id}/suspend", new { reason = " 假冒伪劣查实 " });
        using var second = await unit.PostAsJsonAsync($"/api/licensing/licenses/{id}/suspend", new { reason = "假冒伪劣查实" });

        Assert.Equal("suspended", (await BodyAsync(first, HttpStatusCode.OK)).GetProperty("status").GetString());
        var history = (await BodyAsync(second, HttpStatusCode.OK)).GetProperty("history");
        Assert.Equal(["grant", "suspend"], history.EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        Assert.Equal("假冒伪劣查实", history[1].GetProperty("reason").GetString());
        Assert.Equal("unit-310000", history[1].GetProperty("by").GetString());
        var key = id.ToString();
        Assert.Single(await Outbox.RowsAsync(service, "LicenseSuspended", key));
    }

    [Fact]
    public async Task A_change_without_a_reason_is_a_422()
    {
        var service = await ServiceAsync();
        var (id, _) = await Licensees.LicenseAsync(service, Shanghai);
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.Licensing));

        using var response = await ministry.PostAsJsonAsync($"/api/licensing/licenses/{id}/suspend", new { reason = "  " });

        var errors = (await BodyAsync(response, HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        Assert.Equal("A reason is required.", errors.GetProperty("reason")[0].GetString());
    }

    [Fact]
    public async Task An_unknown_licence_and_one_of_another_region_are_404()
    {
        var service = await ServiceAsync();
        var (id, _) = await Licensees.LicenseAsync(service, Shanghai);
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.Licensing));
        using var otherUnit = service.ClientAs(TestClient.Unit("320000", Scopes.Licensing));

        using var unknown = await ministry.PostAsJsonAsync($"/api/licensing/licenses/{Guid.NewGuid()}/suspend", new { reason = "x" });
        using var foreign = await otherUnit.PostAsJsonAsync($"/api/licensing/licenses/{id}/suspend", new { reason = "x" });
        using var foreignRead = await otherUnit.GetAsync($"/api/licensing/licenses/{id}");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignRead.StatusCode);
    }

    [Fact]
    public async Task Only_the_ministry_revokes()
    {
        var service = await ServiceAsync();
        var (id, _) = await Licensees.LicenseAsync(service, Shanghai);
        using var unit = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Licensing));

        using var response = await unit.PostAsJsonAsync($"/api/licensing/licenses/{id}/revoke", new { reason = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

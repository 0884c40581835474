using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Licensing;

/// <summary>Anonymous verification: what a QR scan answers for a number that exists, was revoked, or never did.</summary>
[Collection(ServersCollection.Name)]
public sealed class VerificationTests(ServersFixture servers)
{
    private Task<ServiceHost<LicensingDbContext>> ServiceAsync() => servers.ServiceAsync<LicensingDbContext>("licensing-db");

    [Fact]
    public async Task An_unknown_number_is_a_404_problem_pointing_at_12315()
    {
        var service = await ServiceAsync();
        using var http = service.ClientAs(null);

        using var response = await http.GetAsync("/api/verify/CPM2020-310000-99999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("No licence has this number.", problem.GetProperty("title").GetString());
        Assert.Equal("The mark may be counterfeit; consumers can report it to 12315.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_string_that_is_no_licence_number_is_a_400_naming_the_shape()
    {
        var service = await ServiceAsync();
        using var http = service.ClientAs(null);

        using var response = await http.GetAsync("/api/verify/CPM2020-310000-1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Not a licence number.", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("licenseNo", out _));
    }

    [Fact]
    public async Task A_granted_licence_verifies_active_and_a_revoked_one_is_gone()
    {
        var service = await ServiceAsync();
        var (id, number) = await Licensees.LicenseAsync(service, "310000");
        using var anonymous = service.ClientAs(null);
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.Licensing));

        using var active = await anonymous.GetAsync($"/api/verify/{number.ToLowerInvariant()}");
        var view = await active.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, active.StatusCode);
        Assert.Equal("active", view.GetProperty("status").GetString());
        Assert.True(view.GetProperty("valid").GetBoolean());
        Assert.Equal("上海夜生活节", view.GetProperty("licenseeName").GetString());

        using var revoke = await ministry.PostAsJsonAsync($"/api/licensing/licenses/{id}/revoke", new { reason = "复核后撤销" });
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        using var gone = await anonymous.GetAsync($"/api/verify/{number}");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.True((await gone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revoked").GetBoolean());
    }
}

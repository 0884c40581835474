using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Licensing;

/// <summary>POST /api/licensing/licenses: what a grant refuses and with which answer, and what a grant leaves behind.</summary>
[Collection(ServersCollection.Name)]
public sealed class LicenseGrantTests(ServersFixture servers)
{
    private const string Shanghai = "310000";
    private const string Path = "/api/licensing/licenses";

    private Task<ServiceHost<LicensingDbContext>> ServiceAsync() => servers.ServiceAsync<LicensingDbContext>("licensing-db");

    [Fact]
    public async Task A_body_without_kind_or_id_is_a_422_naming_both()
    {
        var service = await ServiceAsync();
        using var http = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Licensing));

        using var response = await http.PostAsJsonAsync(Path, new { });

        var errors = await ErrorsAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("activity or enterprise.", errors.GetProperty("licenseeKind")[0].GetString());
        Assert.Equal("The licensee's id is required.", errors.GetProperty("licenseeId")[0].GetString());
    }

    [Fact]
    public async Task An_unknown_kind_is_named_with_the_kinds_there_are()
    {
        var service = await ServiceAsync();
        using var http = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Licensing));

        using var response = await http.PostAsJsonAsync(Path, new { licenseeKind = "shop", licenseeId = Guid.NewGuid() });

        var errors = await ErrorsAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("'shop' is not one of: activity, enterprise.", errors.GetProperty("licenseeKind")[0].GetString());
    }

    [Theory]
    [InlineData("activity", "No approved catalog activity has this id.")]
    [InlineData("enterprise", "No registered key enterprise has this id.")]
    public async Task An_unknown_licensee_fails_the_preconditions(string kind, string reason)
    {
        var service = await ServiceAsync();
        using var http = service.ClientAs(TestClient.Ministry(Scopes.Licensing));

        using var response = await http.PostAsJsonAsync(Path, new { licenseeKind = kind, licenseeId = Guid.NewGuid() });

        var problem = await BodyAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("The licensee does not meet the preconditions of a licence.", problem.GetProperty("title").GetString());
        Assert.Equal(reason, problem.GetProperty("errors").GetProperty("licenseeId")[0].GetString());
    }

    [Fact]
    public async Task A_cancelled_activity_and_an_uncommitted_enterprise_say_why()
    {
        var service = await ServiceAsync();
        var activity = await Licensees.ActivityAsync(service, Shanghai, cancelled: true);
        var enterprise = await Licensees.EnterpriseAsync(service, Shanghai, committed: false);
        using var http = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Licensing));

        using var cancelled = await http.PostAsJsonAsync(Path, new { licenseeKind = "activity", licenseeId = activity.ActivityId });
        using var uncommitted = await http.PostAsJsonAsync(Path, new { licenseeKind = "enterprise", licenseeId = enterprise.EnterpriseId });

        var first = await ErrorsAsync(cancelled, HttpStatusCode.UnprocessableEntity);
        var second = await ErrorsAsync(uncommitted, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("The activity is cancelled.", first.GetProperty("licenseeId")[0].GetString());
        Assert.Equal("The enterprise has no commitment letter on file.", second.GetProperty("licenseeId")[0].GetString());
    }

    [Fact]
    public async Task A_licensee_whose_campaign_licensing_has_not_heard_of_waits()
    {
        var service = await ServiceAsync();
        var activity = await Licensees.ActivityAsync(service, Shanghai, campaignCode: null);
        using var http = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Licensing));

        using var response = await http.PostAsJsonAsync(Path, new { licenseeKind = "activity", licenseeId = activity.ActivityId });

        var errors = await ErrorsAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("The licensee's campaign is not known to licensing yet.", errors.GetProperty("licenseeId")[0].GetString());
    }

    [Fact]
    public async Task A_unit_of_another_region_is_refused_403_and_nothing_is_granted()
    {
        var service = await ServiceAsync();
        var activity = await Licensees.ActivityAsync(service, Shanghai);
        using var http = service.ClientAs(TestClient.Unit("320000", Scopes.Licensing));

        using var response = await http.PostAsJsonAsync(Path, new { licenseeKind = "activity", licenseeId = activity.ActivityId });

        var problem = await BodyAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("A reporting unit acts for its own region only.", problem.GetProperty("title").GetString());
        Assert.Equal(
            "This client acts for region 320000; the record belongs to region 310000.", problem.GetProperty("detail").GetString());
        Assert.False(await service.QueryAsync<LicensingDbContext, bool>(
            db => db.Licenses.AnyAsync(l => l.LicenseeId == activity.ActivityId)));
    }

    [Fact]
    public async Task A_validity_past_the_campaign_plus_grace_is_a_422_on_valid_until()
    {
        var service = await ServiceAsync();
        var activity = await Licensees.ActivityAsync(service, Shanghai);
        using var http = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Licensing));

        using var response = await http.PostAsJsonAsync(Path,
            new { licenseeKind = "activity", licenseeId = activity.ActivityId, validUntil = DateTimeOffset.UtcNow.AddDays(365) });

        var problem = await BodyAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("The request has invalid fields.", problem.GetProperty("title").GetString());
        Assert.StartsWith("A licence runs at most to the campaign's end plus 30 days",
            problem.GetProperty("errors").GetProperty("validUntil")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grant_answers_201_writes_license_granted_to_the_outbox_and_a_retry_answers_the_same_licence()
    {
        var service = await ServiceAsync();
        var activity = await Licensees.ActivityAsync(service, Shanghai);
        using var http = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Licensing));
        var body = new { licenseeKind = "activity", licenseeId = activity.ActivityId, scope = new { venues = new[] { " 南京路步行街 ", " " } } };

        using var granted = await http.PostAsJsonAsync(Path, body);
        using var retried = await http.PostAsJsonAsync(Path, body);

        var license = await BodyAsync(granted, HttpStatusCode.Created);
        var id = license.GetProperty("id").GetGuid().ToString();
        Assert.Matches("^CPM2020-310000-[0-9]{5}$", license.GetProperty("number").GetString());
        Assert.Equal("unit-310000", license.GetProperty("grantedBy").GetString());
        Assert.Equal(["南京路步行街"], license.GetProperty("scope").GetProperty("venues").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(activity.ActivityId, license.GetProperty("scope").GetProperty("activities")[0].GetGuid());
        Assert.Equal(id, (await BodyAsync(retried, HttpStatusCode.OK)).GetProperty("id").GetGuid().ToString());

        var row = Assert.Single(await Outbox.RowsAsync(service, "LicenseGranted", id));
        using var contract = JsonDocument.Parse(row.Body);
        Assert.Equal("activity", contract.RootElement.GetProperty("licenseeKind").GetString());
        Assert.Equal(activity.ActivityId, contract.RootElement.GetProperty("licenseeId").GetGuid());
        Assert.Equal(Shanghai, contract.RootElement.GetProperty("regionCode").GetString());
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response, HttpStatusCode status) =>
        (await BodyAsync(response, status)).GetProperty("errors");

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

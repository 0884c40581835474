using System.Net;
using PromoMonth.EventRegistry.Infrastructure;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceTests.Infrastructure;
using static PromoMonth.ServiceTests.Registry.RegistryRequests;

namespace PromoMonth.ServiceTests.Registry;

/// <summary>Catalog releases, campaigns and the launch link-ups: the ministry's side of the registry.</summary>
[Collection(ServersCollection.Name)]
public sealed class CatalogAndLaunchTests(ServersFixture servers)
{
    private const string Releases = "/api/registry/catalog-releases";
    private const string Linkups = "/api/registry/launch/linkups";

    private Task<ServiceHost<RegistryDbContext>> ServiceAsync() => servers.ServiceAsync<RegistryDbContext>("registry-db");

    [Fact]
    public async Task Publishing_takes_the_approved_activities_and_writes_CatalogReleasePublished()
    {
        var service = await ServiceAsync();
        using var unit = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Registry));
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.Registry, Scopes.CatalogPublish));
        using var anonymous = service.ClientAs(null);
        var approved = await unit.CreateAsync(Activities, OfflineActivity());
        await unit.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Activities}/{approved}/submit");
        await ministry.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Activities}/{approved}/approve");
        var draft = await unit.CreateAsync(Activities, OfflineActivity());

        var release = await ministry.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, Releases, new { });

        var added = release.GetProperty("changes").GetProperty("added").EnumerateArray().Select(a => a.GetGuid()).ToList();
        Assert.Contains(approved, added);
        Assert.DoesNotContain(draft, added);
        var version = release.GetProperty("version").GetInt32();
        var rows = await service.OutboxRowsAsync(release.GetProperty("id").GetString() ?? "");
        Assert.Equal("PromoMonth.Contracts.CatalogReleasePublished", Assert.Single(rows).MessageType);
        var listed = await ministry.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, Releases);
        Assert.Equal(version, listed[0].GetProperty("version").GetInt32());
        // The lists count what the release holds without reading its entries: the same figures as the release itself.
        var activities = release.GetProperty("activityCount").GetInt32();
        Assert.Equal(activities, listed[0].GetProperty("activityCount").GetInt32());
        var listedAdded = listed[0].GetProperty("changes").GetProperty("added").EnumerateArray().Select(a => a.GetGuid());
        Assert.Equal(added, listedAdded.ToList());
        var published = await anonymous.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/api/catalog/releases");
        var info = published.EnumerateArray().Single(r => r.GetProperty("version").GetInt32() == version);
        Assert.Equal(activities, info.GetProperty("activityCount").GetInt32());
        Assert.Equal(added.Count, info.GetProperty("added").GetInt32());
    }

    [Fact]
    public async Task Only_the_ministry_publishes_and_an_unknown_campaign_is_a_422()
    {
        var service = await ServiceAsync();
        using var unit = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Registry, Scopes.CatalogPublish));
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.Registry, Scopes.CatalogPublish));

        await unit.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, Releases, new { });
        var unknown = await ministry.ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Post, Releases,
            new { campaignId = Guid.NewGuid() });
        Assert.Equal(["campaignId"], unknown.ErrorFields());
    }

    [Fact]
    public async Task A_campaign_needs_its_fields_and_a_code_of_its_own()
    {
        var service = await ServiceAsync();
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.Registry));
        const string path = "/api/registry/campaigns";
        var code = $"T{Guid.NewGuid():N}"[..8];
        // An earlier window, so that 2020 stays the current campaign for the other tests.
        var campaign = new
        {
            code, name = "2019年消费促进月（补录）", windowStart = "2019-09-09", windowEnd = "2019-10-08", launchDate = "2019-09-08",
        };

        var empty = await ministry.ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Post, path, new { });
        Assert.Equal(["code", "launchDate", "name", "windowEnd"], empty.ErrorFields().Order(StringComparer.Ordinal));
        var created = await ministry.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, campaign);
        var again = await ministry.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, path, campaign);

        Assert.Equal(code, created.GetProperty("code").GetString());
        Assert.Equal($"A campaign with code {code} exists.", again.GetProperty("title").GetString());
        await ministry.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"{path}/{Guid.NewGuid()}");
    }

    [Fact]
    public async Task A_linked_region_names_its_liaison_and_reports_readiness_with_notes_when_it_failed()
    {
        var service = await ServiceAsync();
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.Registry));
        using var unit = service.ClientAs(TestClient.Unit("330200", Scopes.Registry));
        using var other = service.ClientAs(TestClient.Unit(Jiangsu, Scopes.Registry));
        var linkup = new { regionCode = "330200", slotStartsAt = "2020-09-08T19:30:00+08:00", slotEndsAt = "2020-09-08T19:40:00+08:00",
            venue = "宁波天一广场" };

        var invalid = await ministry.ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Post, Linkups, new { });
        Assert.Equal(["regionCode", "slotEndsAt", "venue"], invalid.ErrorFields().Order(StringComparer.Ordinal));
        var id = await ministry.CreateAsync(Linkups, linkup);
        var twice = await ministry.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, Linkups, linkup);
        Assert.Equal("Region 330200 already has a link-up in this campaign.", twice.GetProperty("title").GetString());

        await other.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Put, $"{Linkups}/{id}/liaison", new { name = "冒名", phone = "1" });
        await unit.ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Put, $"{Linkups}/{id}/liaison", new { name = "赵六" });
        await unit.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"{Linkups}/{id}/liaison",
            new { name = " 赵六 ", phone = "13700000007" });
        var failed = await unit.ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Post, $"{Linkups}/{id}/readiness",
            new { status = "failed" });
        Assert.Equal(["status"], failed.ErrorFields());
        var ready = await unit.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Linkups}/{id}/readiness",
            new { status = "ready", notes = "双路信号已测试" });

        Assert.Equal("赵六", ready.GetProperty("liaisonName").GetString());
        Assert.Equal("ready", ready.GetProperty("readiness").GetString());
    }
}

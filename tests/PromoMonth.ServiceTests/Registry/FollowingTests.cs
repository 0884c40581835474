using System.Net;
using System.Text.Json;
using PromoMonth.Contracts;
using PromoMonth.EventRegistry.Infrastructure;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceTests.Infrastructure;
using static PromoMonth.ServiceTests.Registry.RegistryRequests;

namespace PromoMonth.ServiceTests.Registry;

/// <summary>Following activities: who may follow what, once per client, and the caller's own list.</summary>
[Collection(ServersCollection.Name)]
public sealed class FollowingTests(ServersFixture servers)
{
    private Task<ServiceHost<RegistryDbContext>> ServiceAsync() => servers.ServiceAsync<RegistryDbContext>("registry-db");

    [Fact]
    public async Task The_broadcaster_follows_a_catalog_activity_once_lists_it_and_unfollows_it()
    {
        var service = await ServiceAsync();
        var approved = await ApprovedActivityAsync(service);
        using var broadcaster = service.ClientAs(TestClient.Broadcaster(Scopes.Registry));

        var first = await broadcaster.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Activities}/{approved}/follow");
        var again = await broadcaster.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Activities}/{approved}/follow");
        var following = await broadcaster.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/api/registry/following?pageSize=500");

        Assert.Equal(first.GetProperty("followedAt").GetDateTimeOffset(), again.GetProperty("followedAt").GetDateTimeOffset());
        Assert.Equal("approved", first.GetProperty("status").GetString());
        Assert.Single(following.GetProperty("items").EnumerateArray(), i => i.GetProperty("activityId").GetGuid() == approved);

        await broadcaster.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"{Activities}/{approved}/follow");
        await broadcaster.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"{Activities}/{approved}/follow");
        var after = await broadcaster.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/api/registry/following?pageSize=500");
        Assert.DoesNotContain(after.GetProperty("items").EnumerateArray(), i => i.GetProperty("activityId").GetGuid() == approved);
    }

    [Fact]
    public async Task A_draft_is_followed_only_by_its_own_unit_and_the_ministry_and_an_unknown_activity_is_a_404()
    {
        var service = await ServiceAsync();
        using var shanghai = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Registry));
        using var jiangsu = service.ClientAs(TestClient.Unit(Jiangsu, Scopes.Registry));
        using var broadcaster = service.ClientAs(TestClient.Broadcaster(Scopes.Registry));
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.Registry));
        var draft = await shanghai.CreateAsync(Activities, OfflineActivity());

        await shanghai.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Activities}/{draft}/follow");
        await ministry.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Activities}/{draft}/follow");
        await jiangsu.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"{Activities}/{draft}/follow");
        await broadcaster.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"{Activities}/{draft}/follow");
        await broadcaster.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"{Activities}/{Guid.NewGuid()}/follow");
        await broadcaster.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, "/api/registry/following?page=0");
    }

    [Fact]
    public async Task A_follower_leaves_an_activity_after_it_was_cancelled_and_no_one_starts_following_it_then()
    {
        var service = await ServiceAsync();
        var approved = await ApprovedActivityAsync(service);
        using var broadcaster = service.ClientAs(TestClient.Broadcaster(Scopes.Registry));
        using var unit = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Registry));
        using var jiangsu = service.ClientAs(TestClient.Unit(Jiangsu, Scopes.Registry));
        await broadcaster.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Activities}/{approved}/follow");
        await unit.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Activities}/{approved}/cancel", new { reason = "场地取消" });

        await jiangsu.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"{Activities}/{approved}/follow");
        var listed = await broadcaster.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/api/registry/following?pageSize=500");
        await broadcaster.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"{Activities}/{approved}/follow");
        var after = await broadcaster.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/api/registry/following?pageSize=500");

        var followed = Assert.Single(listed.GetProperty("items").EnumerateArray(), i => i.GetProperty("activityId").GetGuid() == approved);
        Assert.Equal("cancelled", followed.GetProperty("status").GetString());
        Assert.DoesNotContain(after.GetProperty("items").EnumerateArray(), i => i.GetProperty("activityId").GetGuid() == approved);
    }

    [Fact]
    public async Task A_followed_activitys_changes_name_its_followers_in_the_same_outbox_and_an_unfollowed_ones_name_none()
    {
        var service = await ServiceAsync();
        using var unit = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Registry));
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.Registry, Scopes.CatalogPublish));
        using var broadcaster = service.ClientAs(TestClient.Broadcaster(Scopes.Registry));
        var followed = await unit.CreateAsync(Activities, OfflineActivity());
        var alone = await ApprovedActivityAsync(service);
        await unit.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Activities}/{followed}/follow");
        await unit.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Activities}/{followed}/submit");
        await ministry.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Activities}/{followed}/approve");
        await broadcaster.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Activities}/{followed}/follow");

        await unit.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Activities}/{followed}/cancel", new { reason = "场地取消" });
        await unit.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Activities}/{alone}/cancel", new { reason = "场地取消" });

        var changes = (await service.OutboxRowsAsync(followed.ToString()))
            .Where(m => m.MessageType.EndsWith(nameof(FollowedActivityChanged), StringComparison.Ordinal))
            .Select(m => JsonSerializer.Deserialize<FollowedActivityChanged>(m.Body, JsonSerializerOptions.Web)!)
            .ToList();
        Assert.Equal(["approved", "cancelled"], changes.Select(c => c.Change));
        Assert.Equal(["unit-310000"], changes[0].Followers);
        Assert.Equal(["broadcaster", "unit-310000"], changes[1].Followers);
        Assert.Equal("场地取消", changes[1].Reason);
        Assert.DoesNotContain(nameof(FollowedActivityChanged), await service.OutboxAboutAsync(alone.ToString()));
    }

    private static async Task<Guid> ApprovedActivityAsync(ServiceHost<RegistryDbContext> service)
    {
        using var unit = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Registry));
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.Registry, Scopes.CatalogPublish));
        var activity = await unit.CreateAsync(Activities, OfflineActivity());
        await unit.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Activities}/{activity}/submit");
        await ministry.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Activities}/{activity}/approve");
        return activity;
    }
}

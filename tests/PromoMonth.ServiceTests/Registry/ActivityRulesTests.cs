using System.Net;
using PromoMonth.EventRegistry.Infrastructure;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceTests.Infrastructure;
using static PromoMonth.ServiceTests.Registry.RegistryRequests;

namespace PromoMonth.ServiceTests.Registry;

/// <summary>The activity endpoints' rules: validation, regions, the review workflow and the events it writes.</summary>
[Collection(ServersCollection.Name)]
public sealed class ActivityRulesTests(ServersFixture servers)
{
    private const string NotAllowed = "This change is not allowed in the activity's current state.";

    private Task<ServiceHost<RegistryDbContext>> ServiceAsync() => servers.ServiceAsync<RegistryDbContext>("registry-db");

    [Fact]
    public async Task A_new_activity_with_broken_rules_is_a_422_naming_every_field()
    {
        var service = await ServiceAsync();
        using var unit = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Registry));

        var problem = await unit.ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Post, Activities, new
        {
            title = "",
            regionCode = Shanghai,
            cityCode = "310100",
            attendanceMode = "offline",
            startsAt = "2020-09-12T18:00:00+08:00",
            endsAt = "2020-09-11T18:00:00+08:00",
            category = "retail",
        });

        var fields = problem.ErrorFields();
        foreach (var field in new[] { "title", "endsAt", "organiser", "emergencyPlan", "epidemicPreventionPlan", "emergencyContact" })
        {
            Assert.Contains(field, fields);
        }
    }

    [Fact]
    public async Task Missing_required_fields_and_an_unknown_campaign_are_named()
    {
        var service = await ServiceAsync();
        using var unit = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Registry));

        var problem = await unit.ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Post, Activities,
            new { campaignId = Guid.NewGuid(), regionCode = "999999", publicity = new[] { new { link = "https://v.example.cn" } } });

        Assert.Equal(
            ["attendanceMode", "campaignId", "category", "endsAt", "publicity", "regionCode", "startsAt"],
            problem.ErrorFields().Order(StringComparer.Ordinal));
        Assert.Equal("attendanceMode is required.", problem.GetProperty("errors").GetProperty("attendanceMode")[0].GetString());
    }

    [Fact]
    public async Task Unregistered_participants_are_a_422()
    {
        var service = await ServiceAsync();
        using var unit = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Registry));
        var stranger = Guid.NewGuid();

        var problem = await unit.ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Post, Activities,
            OfflineActivity(enterpriseIds: [stranger]));

        var message = problem.GetProperty("errors").GetProperty("participatingEnterpriseIds")[0].GetString();
        Assert.Equal($"{stranger} is not a registered key enterprise of this campaign.", message);
    }

    [Fact]
    public async Task A_unit_registering_for_another_region_is_a_403()
    {
        var service = await ServiceAsync();
        using var other = service.ClientAs(TestClient.Unit(Jiangsu, Scopes.Registry));

        var problem = await other.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, Activities, OfflineActivity());

        Assert.Equal("A reporting unit acts for its own region only.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Another_regions_activity_is_a_404_on_every_route_and_stays_as_it_was()
    {
        var service = await ServiceAsync();
        using var owner = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Registry));
        using var other = service.ClientAs(TestClient.Unit(Jiangsu, Scopes.Registry));
        var id = await owner.CreateAsync(Activities, OfflineActivity());

        await other.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"{Activities}/{id}");
        await other.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Put, $"{Activities}/{id}", OfflineActivity(title: "篡改"));
        await other.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"{Activities}/{id}/submit");
        await other.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"{Activities}/{id}/cancel", new { reason = "篡改" });

        var unchanged = await owner.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"{Activities}/{id}");
        Assert.Equal("draft", unchanged.GetProperty("status").GetString());
        Assert.Equal("上海夜生活节", unchanged.GetProperty("details").GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_unknown_activity_is_a_404()
    {
        var service = await ServiceAsync();
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.Registry));

        await ministry.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"{Activities}/{Guid.NewGuid()}");
        await ministry.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"{Activities}/{Guid.NewGuid()}/approve");
    }

    [Fact]
    public async Task Steps_the_workflow_does_not_allow_are_409s_that_change_nothing()
    {
        var service = await ServiceAsync();
        using var unit = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Registry));
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.Registry));
        var id = await unit.CreateAsync(Activities, OfflineActivity());

        var approve = await ministry.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"{Activities}/{id}/approve");
        Assert.Equal(NotAllowed, approve.GetProperty("title").GetString());
        Assert.Equal("An activity that is draft cannot be approved.", approve.GetProperty("detail").GetString());
        await unit.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"{Activities}/{id}/cancel", new { reason = "不办了" });
        await unit.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"{Activities}/{id}/complete");
        var moved = await unit.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Put, $"{Activities}/{id}",
            OfflineActivity(regionCode: "320000", cityCode: "320100"));
        Assert.Equal("An activity stays in the region that registered it.", moved.GetProperty("detail").GetString());

        var still = await unit.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"{Activities}/{id}");
        Assert.Equal(["create"], still.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Steps_that_need_a_reason_or_new_dates_are_422s_before_anything_is_read()
    {
        var service = await ServiceAsync();
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.Registry));
        var unknown = Guid.NewGuid();

        var returned = await ministry.ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Post, $"{Activities}/{unknown}/return",
            new { reason = " " });
        Assert.Equal("A reason is required.", returned.GetProperty("errors").GetProperty("reason")[0].GetString());
        var postponed = await ministry.ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Post,
            $"{Activities}/{unknown}/postpone", new { startsAt = "2020-09-20T10:00:00+08:00", endsAt = "2020-09-19T10:00:00+08:00" });
        Assert.Equal(["endsAt", "reason"], postponed.ErrorFields());
    }

    [Fact]
    public async Task The_review_runs_to_approval_and_the_approval_writes_ActivityApproved_to_the_outbox()
    {
        var service = await ServiceAsync();
        using var unit = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Registry));
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.Registry));
        var id = await unit.CreateAsync(Activities, OfflineActivity(title: $"审核-{Guid.NewGuid():N}"[..16]));

        await unit.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Activities}/{id}/submit");
        await ministry.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Activities}/{id}/return", new { reason = "补充材料" });
        await unit.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Activities}/{id}/submit");
        var approved = await ministry.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Activities}/{id}/approve");

        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.Equal(
            ["create", "submit", "return", "submit", "approve"],
            approved.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        var row = Assert.Single(await service.OutboxRowsAsync(id.ToString()));
        Assert.Equal("PromoMonth.Contracts.ActivityApproved", row.MessageType);
        Assert.Contains("\"campaignCode\": \"2020\"", row.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_and_postponing_an_approved_activity_write_their_events()
    {
        var service = await ServiceAsync();
        using var unit = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Registry));
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.Registry));
        var moved = await ApprovedAsync(unit, ministry);
        var dropped = await ApprovedAsync(unit, ministry);

        var postponed = await unit.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Activities}/{moved}/postpone",
            new { startsAt = "2020-09-22T18:00:00+08:00", endsAt = "2020-09-22T23:00:00+08:00", reason = "台风预警" });
        await unit.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Activities}/{dropped}/cancel", new { reason = "场地不可用" });

        var step = postponed.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("postpone", step.GetProperty("action").GetString());
        Assert.Equal(new DateTimeOffset(2020, 9, 12, 10, 0, 0, TimeSpan.Zero), step.GetProperty("previousStartsAt").GetDateTimeOffset());
        Assert.Equal(
            [nameof(PromoMonth.Contracts.ActivityApproved), nameof(PromoMonth.Contracts.ActivityPostponed)],
            await service.OutboxAboutAsync(moved.ToString()));
        Assert.Equal(
            [nameof(PromoMonth.Contracts.ActivityApproved), nameof(PromoMonth.Contracts.ActivityCancelled)],
            await service.OutboxAboutAsync(dropped.ToString()));
    }

    [Fact]
    public async Task A_list_page_below_one_is_a_400_and_a_unit_lists_its_own_region_only()
    {
        var service = await ServiceAsync();
        using var unit = service.ClientAs(TestClient.Unit(Shanghai, Scopes.Registry));
        using var other = service.ClientAs(TestClient.Unit(Jiangsu, Scopes.Registry));
        await unit.CreateAsync(Activities, OfflineActivity());

        var paging = await unit.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, $"{Activities}?page=0");
        Assert.Contains("page", paging.ErrorFields());
        var status = await unit.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, $"{Activities}?status=dreaming");
        Assert.Contains("status", status.ErrorFields());
        var listed = await other.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"{Activities}?regionCode={Shanghai}&pageSize=100");
        Assert.All(listed.GetProperty("items").EnumerateArray(), a => Assert.Equal(Jiangsu, a.GetProperty("details")
            .GetProperty("regionCode").GetString()));
    }

    private static async Task<Guid> ApprovedAsync(HttpClient unit, HttpClient ministry)
    {
        var id = await unit.CreateAsync(Activities, OfflineActivity());
        await unit.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Activities}/{id}/submit");
        await ministry.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Activities}/{id}/approve");
        return id;
    }
}

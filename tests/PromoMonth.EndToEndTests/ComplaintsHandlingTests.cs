using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PromoMonth.Contracts;

namespace PromoMonth.EndToEndTests;

/// <summary>The responsible unit handles a case; findings act on licences; overdue cases are announced once.</summary>
[Collection(SystemCollection.Name)]
public sealed class ComplaintsHandlingTests(SystemFixture system)
{
    private const string Shanghai = "310000";
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public async Task A_counterfeit_finding_on_an_accepted_case_suspends_the_respondents_licence()
    {
        var unit = await Tokens.ForAsync(system.Gateway, $"unit-{Shanghai}");
        var hotline = await Tokens.ForAsync(system.Gateway, "hotline-12315");
        var creditCode = CreditCodes.Fresh(Shanghai);
        using var registered = await system.Gateway.SendAsync(HttpMethod.Post, "/api/registry/enterprises", unit,
            new { creditCode, name = "上海某家电卖场", regionCode = Shanghai });
        var enterpriseId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await system.Gateway.SendAsync(HttpMethod.Post, $"/api/registry/enterprises/{enterpriseId}/commitment", unit,
            new
            {
                safety = true,
                integrity = true,
                selfDiscipline = true,
                signatory = "王伟",
                signatoryTitle = "总经理",
                signedOn = "2020-09-01",
            })).Dispose();
        var grant = await Eventually.HoldsAsync(
            () => system.Gateway.AnswerAsync(HttpMethod.Post, "/api/licensing/licenses", unit,
                new { licenseeKind = "enterprise", licenseeId = enterpriseId }),
            answer => answer.Status == HttpStatusCode.Created,
            "licensing to grant the committed enterprise a license");
        var number = grant.Json.GetProperty("number").GetString();
        var routed = await Eventually.HoldsAsync(
            async () =>
            {
                using var posted = await system.Gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", hotline,
                    Samples.Case(creditCode, regionCode: null));
                return await posted.Content.ReadFromJsonAsync<JsonElement>();
            },
            body => body.GetProperty("routedBy").GetString() == "registeredEnterprise",
            "a case about the enterprise to be routed by its registration");
        var caseId = routed.GetProperty("id").GetString();

        using var early = await system.Gateway.SendAsync(HttpMethod.Post, $"/api/complaints/cases/{caseId}/findings", unit,
            new { kind = "counterfeit", summary = "假冒品牌" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        using var accepted = await system.Gateway.SendAsync(HttpMethod.Post, $"/api/complaints/cases/{caseId}/accept", unit);
        Assert.Equal("inMediation", (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        using var finding = await system.Gateway.SendAsync(HttpMethod.Post, $"/api/complaints/cases/{caseId}/findings", unit,
            new { kind = "counterfeit", summary = "经鉴定为假冒品牌电饭煲" });
        Assert.Equal(HttpStatusCode.OK, finding.StatusCode);

        var status = await Eventually.HoldsAsync(
            async () =>
            {
                using var verify = await system.Gateway.GetAsync($"/api/verify/{number}?after-finding");
                var view = await verify.Content.ReadFromJsonAsync<JsonElement>();
                return view.GetProperty("status").GetString();
            },
            current => current == "suspended",
            $"license {number} to be suspended by the finding");
        Assert.Equal("suspended", status);
    }

    [Fact]
    public async Task A_unit_transfers_a_case_it_does_not_handle_and_rejects_only_on_the_rules_grounds()
    {
        var hotline = await Tokens.ForAsync(system.Gateway, "hotline-12315");
        var jiangsu = await Tokens.ForAsync(system.Gateway, "unit-320000");
        var zhejiang = await Tokens.ForAsync(system.Gateway, "unit-330000");
        using var posted = await system.Gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", hotline,
            Samples.Case(regionCode: "320000"));
        var body = await posted.Content.ReadFromJsonAsync<JsonElement>();
        var caseId = body.GetProperty("id").GetString();

        using var transferred = await system.Gateway.SendAsync(HttpMethod.Post, $"/api/complaints/cases/{caseId}/transfer", jiangsu,
            new { toRegion = "330000", reason = "被投诉方实际经营地在杭州" });
        using var byOld = await system.Gateway.SendAsync(HttpMethod.Post, $"/api/complaints/cases/{caseId}/accept", jiangsu);
        using var badGround = await system.Gateway.SendAsync(HttpMethod.Post, $"/api/complaints/cases/{caseId}/reject", zhejiang,
            new { ground = "tooBusy" });
        using var rejected = await system.Gateway.SendAsync(HttpMethod.Post, $"/api/complaints/cases/{caseId}/reject", zhejiang,
            new { ground = "notForPersonalConsumption", note = "为经营采购" });

        var moved = await transferred.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("330000", moved.GetProperty("responsibleRegion").GetString());
        Assert.Equal(
            body.GetProperty("acceptanceDueAt").GetDateTimeOffset(), moved.GetProperty("acceptanceDueAt").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.NotFound, byOld.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badGround.StatusCode);
        var final = await rejected.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("rejected", final.GetProperty("status").GetString());
        Assert.Equal(
            ["receive", "transfer", "reject"],
            final.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task A_case_past_its_acceptance_deadline_is_announced_once()
    {
        await using var listener = await EventListener<ComplaintOverdue>.StartAsync(system);
        var received = listener.Received;
        var hotline = await Tokens.ForAsync(system.Gateway, "hotline-12315");
        // Received on 2020-09-30: its seven working days ran out on 2020-10-16.
        using var posted = await system.Gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", hotline,
            Samples.Case(regionCode: Shanghai, receivedAt: new DateTimeOffset(2020, 9, 30, 15, 0, 0, Beijing)));
        var caseId = Guid.Parse((await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);

        await Eventually.HoldsAsync(() => received.Any(e => e.CaseId == caseId), $"case {caseId} to be announced overdue");
        // Absence is shown only by waiting: several more watch ticks (one a second here) must not announce it again.
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        using var detail = await system.Gateway.SendAsync(HttpMethod.Get, $"/api/complaints/cases/{caseId}", ministry);
        var view = await detail.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(view.GetProperty("overdue").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, view.GetProperty("overdueNotifiedAt").ValueKind);
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Single(received, e => e.CaseId == caseId);
    }

}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using PromoMonth.Contracts;

namespace PromoMonth.EndToEndTests;

/// <summary>Licensing through the gateway: grants on licensing's own read models, verification, and reactions to events.</summary>
[Collection(SystemCollection.Name)]
public sealed class LicensingFlowTests(SystemFixture system)
{
    private const string Shanghai = "310000";

    [Fact]
    public async Task A_unit_licenses_its_approved_activity_anyone_verifies_it_and_a_cancellation_revokes_it()
    {
        var unit = await Tokens.ForAsync(system.Gateway, $"unit-{Shanghai}");
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var activityId = await ApprovedActivityAsync(unit, ministry);

        var license = await EventuallyGrantedAsync(unit,
            new { licenseeKind = "activity", licenseeId = activityId, scope = new { venues = new[] { "南京路步行街" } } });
        var number = license.GetProperty("number").GetString()!;
        Assert.Matches("^CPM2020-310000-[0-9]{5}$", number);
        using var retry = await system.Gateway.SendAsync(HttpMethod.Post, "/api/licensing/licenses", unit,
            new { licenseeKind = "activity", licenseeId = activityId });
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(number, (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString());

        var other = await Tokens.ForAsync(system.Gateway, "unit-320000");
        using var foreign = await system.Gateway.SendAsync(HttpMethod.Post, "/api/licensing/licenses", other,
            new { licenseeKind = "activity", licenseeId = activityId });
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);

        using var verified = await system.Gateway.GetAsync($"/api/verify/{number}");
        var view = await verified.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Equal("active", view.GetProperty("status").GetString());
        Assert.True(view.GetProperty("valid").GetBoolean());
        using var page = await system.Gateway.GetAsync($"/verify/{number}");
        Assert.Contains("有效授权", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var qr = await system.Gateway.GetAsync($"/api/verify/{number}/qr.png");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, (await qr.Content.ReadAsByteArrayAsync())[..4]);

        // The registry's ActivityCancelled event revokes the licence; verification shows it within seconds.
        using var cancelled = await system.Gateway.SendAsync(
            HttpMethod.Post, $"/api/registry/activities/{activityId}/cancel", unit, new { reason = "场地取消" });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var revoked = await VerifiedAsync(number, HttpStatusCode.Gone, "revoked by the cancellation");
        Assert.True(revoked.GetProperty("revoked").GetBoolean());
        using var revokedPage = await system.Gateway.GetAsync($"/verify/{number}");
        Assert.Contains("授权已撤销", await revokedPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enterprise_needs_its_commitment_letter_and_a_duplicated_counterfeit_finding_suspends_it_once()
    {
        var unit = await Tokens.ForAsync(system.Gateway, $"unit-{Shanghai}");
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var creditCode = CreditCodes.Fresh(Shanghai);
        using var registered = await system.Gateway.SendAsync(HttpMethod.Post, "/api/registry/enterprises", unit,
            new { creditCode, name = "上海某电器有限公司", regionCode = Shanghai });
        var enterpriseId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        // Until the commitment letter is on file the precondition fails, and says which.
        await Eventually.HoldsAsync(
            () => system.Gateway.AnswerAsync(HttpMethod.Post, "/api/licensing/licenses", unit,
                new { licenseeKind = "enterprise", licenseeId = enterpriseId }),
            refused => refused.Status == HttpStatusCode.UnprocessableEntity
                && refused.Body.Contains("commitment", StringComparison.Ordinal),
            "licensing to know the enterprise and refuse it for the missing commitment letter");
        using var signed = await system.Gateway.SendAsync(HttpMethod.Post, $"/api/registry/enterprises/{enterpriseId}/commitment", unit,
            new
            {
                safety = true,
                integrity = true,
                selfDiscipline = true,
                signatory = "王伟",
                signatoryTitle = "总经理",
                signedOn = "2020-09-01",
            });
        var license = await EventuallyGrantedAsync(unit, new { licenseeKind = "enterprise", licenseeId = enterpriseId });
        var number = license.GetProperty("number").GetString()!;
        var licenseId = license.GetProperty("id").GetString();

        var finding = new CounterfeitConfirmed
        {
            CaseId = Guid.NewGuid(),
            RespondentCreditCode = creditCode,
            Finding = "销售假冒品牌电器",
            ConfirmedAt = DateTimeOffset.UtcNow,
        };
        await PublishAsync(finding, finding with { CaseId = Guid.NewGuid() });

        var suspended = await VerifiedAsync(number, HttpStatusCode.OK, "suspended by the finding",
            v => v.GetProperty("status").GetString() == "suspended");
        Assert.False(suspended.GetProperty("valid").GetBoolean());
        using var detail = await system.Gateway.SendAsync(HttpMethod.Get, $"/api/licensing/licenses/{licenseId}", ministry);
        var history = (await detail.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("history").EnumerateArray()
            .Select(h => h.GetProperty("action").GetString())
            .ToList();
        Assert.Equal(["grant", "suspend"], history);

        // The ministry reviews and reinstates.
        using var reinstated = await system.Gateway.SendAsync(HttpMethod.Post, $"/api/licensing/licenses/{licenseId}/reinstate", ministry,
            new { reason = "复核后恢复" });
        Assert.Equal(HttpStatusCode.OK, reinstated.StatusCode);
        await VerifiedAsync(number, HttpStatusCode.OK, "active again", v => v.GetProperty("status").GetString() == "active");
    }

    [Fact]
    public async Task An_unknown_number_is_not_found_for_machines_and_people()
    {
        using var json = await system.Gateway.GetAsync("/api/verify/CPM2020-310000-00000");
        using var page = await system.Gateway.GetAsync("/verify/CPM2020-310000-00000");

        Assert.Equal(HttpStatusCode.NotFound, json.StatusCode);
        Assert.Equal("application/problem+json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("未查到该授权", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string> ApprovedActivityAsync(string unit, string ministry)
    {
        using var created = await system.Gateway.SendAsync(HttpMethod.Post, "/api/registry/activities", unit,
            Samples.OfflineActivity(Shanghai, "310100", title: "上海品牌授权活动"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var submitted = await system.Gateway.SendAsync(HttpMethod.Post, $"/api/registry/activities/{id}/submit", unit);
        using var approved = await system.Gateway.SendAsync(HttpMethod.Post, $"/api/registry/activities/{id}/approve", ministry);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        return id;
    }

    /// <summary>Grants once licensing's read model has caught up with the registry's events.</summary>
    private async Task<JsonElement> EventuallyGrantedAsync(string token, object body)
    {
        var granted = await Eventually.HoldsAsync(
            async () =>
            {
                var answer = await system.Gateway.AnswerAsync(HttpMethod.Post, "/api/licensing/licenses", token, body);
                if (answer.Status != HttpStatusCode.Created)
                {
                    Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
                }
                return answer;
            },
            answer => answer.Status == HttpStatusCode.Created,
            "licensing to grant the license");
        return granted.Json;
    }

    /// <summary>Anyone's view of the license on the verification API, once it answers the status and holds the condition.</summary>
    private async Task<JsonElement> VerifiedAsync(
        string number, HttpStatusCode status, string what, Func<JsonElement, bool>? condition = null)
    {
        var verified = await Eventually.HoldsAsync(
            () => system.Gateway.AnswerAsync(HttpMethod.Get, $"/api/verify/{number}", token: null),
            answer => answer.Status == status && (condition?.Invoke(answer.Json) ?? true),
            $"license {number} to be {what}");
        return verified.Json;
    }

    private async Task PublishAsync(params object[] messages)
    {
        var broker = new Uri((await system.App.GetConnectionStringAsync("rabbitmq"))!);
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(broker));
        await bus.StartAsync();
        try
        {
            foreach (var message in messages)
            {
                await bus.Publish(message);
            }
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PromoMonth.EndToEndTests;

/// <summary>
/// Real records of one region (310000), and every route that takes an id called with them by another region's unit
/// (320000): each answers 403 or 404 with problem details, and none of the records changes. The authorization matrix
/// proves the roles; this proves the regions, with ids that exist.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class OtherRegionIdsTests(SystemFixture system)
{
    private const string Owner = "310000";
    private const string Intruder = "320000";

    [Fact]
    public async Task Another_regions_ids_answer_403_or_404_on_every_route_and_change_nothing()
    {
        var gateway = system.Gateway;
        var ministry = await Tokens.ForAsync(gateway, "ministry");
        var owner = await Tokens.ForAsync(gateway, $"unit-{Owner}");
        var intruder = await Tokens.ForAsync(gateway, $"unit-{Intruder}");
        var hotline = await Tokens.ForAsync(gateway, "hotline-12315");

        // The owner's records: an enterprise with its commitment and a licence, a draft activity, a link-up, a case,
        // contacts and a submitted report.
        var creditCode = CreditCodes.Fresh(Owner);
        var enterpriseId = await IdOfAsync(gateway.SendAsync(HttpMethod.Post, "/api/registry/enterprises", owner,
            new { creditCode, name = "上海区域演练商贸", regionCode = Owner }));
        using (var signed = await gateway.SendAsync(
            HttpMethod.Post, $"/api/registry/enterprises/{enterpriseId}/commitment", owner, Commitment()))
        {
            Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        }
        var (licenceId, licenceNumber) = await GrantedLicenceAsync(owner, enterpriseId);
        var activityId = await IdOfAsync(gateway.SendAsync(HttpMethod.Post, "/api/registry/activities", owner,
            Samples.OfflineActivity(Owner, "310100", title: "区域隔离演练")));
        var linkupId = await LinkupOfOwnerAsync(ministry, owner);
        var caseId = await IdOfAsync(gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", hotline,
            Samples.Case(creditCode: creditCode, regionCode: Owner)));
        var period = await ReportOfOwnerAsync(ministry, owner);

        var owned = new (string Method, string Path)[]
        {
            ("GET", $"/api/registry/enterprises/{enterpriseId}"),
            ("GET", $"/api/registry/activities/{activityId}"),
            ("GET", "/api/registry/launch/linkups"),
            ("GET", $"/api/licensing/enterprises/{creditCode}"),
            ("GET", $"/api/complaints/cases/{caseId}"),
            ("GET", $"/api/statistics/units/{Owner}/contacts"),
            ("GET", $"/api/statistics/reports/{period}/{Owner}"),
            ("GET", $"/api/statistics/reports/{period}/{Owner}/revisions"),
        };
        var before = await ReadAllAsync(owner, owned);

        var attempts = new (HttpMethod Method, string Path, object? Body)[]
        {
            (HttpMethod.Get, $"/api/registry/enterprises/{enterpriseId}", null),
            (HttpMethod.Post, $"/api/registry/enterprises/{enterpriseId}/commitment", Commitment()),
            (HttpMethod.Get, $"/api/registry/enterprises/{enterpriseId}/commitment/document", null),
            (HttpMethod.Get, $"/api/registry/activities/{activityId}", null),
            (HttpMethod.Put, $"/api/registry/activities/{activityId}", Samples.OfflineActivity(Owner, "310100", title: "篡改")),
            (HttpMethod.Post, $"/api/registry/activities/{activityId}/submit", null),
            (HttpMethod.Post, $"/api/registry/activities/{activityId}/approve", null),
            (HttpMethod.Post, $"/api/registry/activities/{activityId}/return", new { reason = "篡改" }),
            (HttpMethod.Post, $"/api/registry/activities/{activityId}/cancel", new { reason = "篡改" }),
            (HttpMethod.Post, $"/api/registry/activities/{activityId}/postpone",
                new { startsAt = "2020-09-20T10:00:00+08:00", endsAt = "2020-09-21T10:00:00+08:00", reason = "篡改" }),
            (HttpMethod.Post, $"/api/registry/activities/{activityId}/complete", null),
            (HttpMethod.Put, $"/api/registry/launch/linkups/{linkupId}/liaison",
                new { name = "冒名", phone = "13700000000" }),
            (HttpMethod.Post, $"/api/registry/launch/linkups/{linkupId}/readiness",
                new { status = "failed", notes = "篡改" }),
            (HttpMethod.Get, $"/api/licensing/enterprises/{creditCode}", null),
            (HttpMethod.Post, "/api/licensing/licenses", new { licenseeKind = "enterprise", licenseeId = enterpriseId }),
            (HttpMethod.Post, $"/api/licensing/licenses/{licenceId}/suspend", new { reason = "篡改" }),
            (HttpMethod.Post, $"/api/licensing/licenses/{licenceId}/revoke", new { reason = "篡改" }),
            (HttpMethod.Post, $"/api/licensing/licenses/{licenceId}/reinstate", new { reason = "篡改" }),
            (HttpMethod.Get, $"/api/complaints/cases/{caseId}", null),
            (HttpMethod.Get, $"/api/complaints/respondents/{creditCode}", null),
            (HttpMethod.Post, $"/api/complaints/cases/{caseId}/accept", null),
            (HttpMethod.Post, $"/api/complaints/cases/{caseId}/reject", new { ground = "outsideRemit" }),
            (HttpMethod.Post, $"/api/complaints/cases/{caseId}/resolve", new { text = "篡改" }),
            (HttpMethod.Post, $"/api/complaints/cases/{caseId}/transfer", new { toRegion = Intruder, reason = "篡改" }),
            (HttpMethod.Post, $"/api/complaints/cases/{caseId}/suspend", new { reason = "testing" }),
            (HttpMethod.Post, $"/api/complaints/cases/{caseId}/resume", null),
            (HttpMethod.Post, $"/api/complaints/cases/{caseId}/findings", new { kind = "counterfeit", summary = "篡改" }),
            (HttpMethod.Get, $"/open311/v2/requests/{caseId}.json", null),
            (HttpMethod.Get, $"/api/statistics/units/{Owner}/contacts", null),
            (HttpMethod.Put, $"/api/statistics/units/{Owner}/contacts", Contacts("冒名")),
            (HttpMethod.Get, $"/api/statistics/reports/{period}/{Owner}", null),
            (HttpMethod.Put, $"/api/statistics/reports/{period}/{Owner}", ReportValues(999)),
            (HttpMethod.Get, $"/api/statistics/reports/{period}/{Owner}/revisions", null),
            (HttpMethod.Post, $"/api/statistics/reports/{period}/{Owner}/corrections", new { reason = "篡改" }),
            (HttpMethod.Get, $"/api/statistics/summaries/2020/{Owner}", null),
            (HttpMethod.Put, $"/api/statistics/summaries/2020/{Owner}",
                new { overallSituation = "篡改", experiences = "篡改", recommendations = "篡改" }),
        };
        var wrong = new List<string>();
        foreach (var (method, path, body) in attempts)
        {
            using var answer = await gateway.SendAsync(method, path, intruder, body);
            var type = answer.Content.Headers.ContentType?.MediaType;
            // Open311 answers in its own error array, as GeoReport v2 fixes; everything else in problem details.
            var expectedType = path.StartsWith("/open311/", StringComparison.Ordinal)
                ? "application/json"
                : "application/problem+json";
            if (answer.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound) || type != expectedType)
            {
                wrong.Add($"{method} {path}: {(int)answer.StatusCode} {type} {await answer.Content.ReadAsStringAsync()}");
            }
        }
        var listed = string.Join(Environment.NewLine, wrong);
        Assert.True(wrong.Count == 0,
            $"{wrong.Count} of {attempts.Length} routes let region {Intruder} at region {Owner}'s record:{Environment.NewLine}{listed}");

        var after = await ReadAllAsync(owner, owned);
        foreach (var (route, content) in before)
        {
            Assert.True(content == after[route], $"{route} changed:{Environment.NewLine}{content}{Environment.NewLine}{after[route]}");
        }
        using var verified = await gateway.GetAsync($"/api/verify/{licenceNumber}");
        Assert.Equal("active", (await verified.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    private async Task<Dictionary<string, string>> ReadAllAsync(string token, IEnumerable<(string Method, string Path)> routes)
    {
        var read = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (method, path) in routes)
        {
            using var answer = await system.Gateway.SendAsync(new HttpMethod(method), path, token);
            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{path} as its owner: {(int)answer.StatusCode}");
            read[path] = await answer.Content.ReadAsStringAsync();
        }
        return read;
    }

    private static async Task<string> IdOfAsync(Task<HttpResponseMessage> request)
    {
        using var answer = await request;
        Assert.True(answer.StatusCode == HttpStatusCode.Created,
            $"{(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Licensing learns of the commitment from the registry's event: the grant is retried until it has.</summary>
    private async Task<(string Id, string Number)> GrantedLicenceAsync(string owner, string enterpriseId)
    {
        var answer = await Eventually.HoldsAsync(
            () => system.Gateway.AnswerAsync(HttpMethod.Post, "/api/licensing/licenses", owner,
                new { licenseeKind = "enterprise", licenseeId = enterpriseId }),
            granted => granted.Status is HttpStatusCode.Created or HttpStatusCode.OK,
            "licensing to grant the committed enterprise a licence");
        var granted = answer.Json;
        return (granted.GetProperty("id").GetString()!, granted.GetProperty("number").GetString()!);
    }

    /// <summary>The owner's link-up: designated here, or the one another test already designated for the region.</summary>
    private async Task<string> LinkupOfOwnerAsync(string ministry, string owner)
    {
        using (await system.Gateway.SendAsync(HttpMethod.Post, "/api/registry/launch/linkups", ministry,
            new
            {
                regionCode = Owner,
                slotStartsAt = "2020-09-08T19:50:00+08:00",
                slotEndsAt = "2020-09-08T19:55:00+08:00",
                venue = "上海南京路步行街",
            }))
        {
        }
        using var list = await system.Gateway.SendAsync(HttpMethod.Get, "/api/registry/launch/linkups", owner);
        var linkups = await list.Content.ReadFromJsonAsync<JsonElement>();
        return linkups.EnumerateArray()
            .First(l => l.GetProperty("regionCode").GetString() == Owner)
            .GetProperty("id").GetString()!;
    }

    private async Task<string> ReportOfOwnerAsync(string ministry, string owner)
    {
        var period = $"regions-{Guid.NewGuid():N}"[..30];
        using (var opened = await system.Gateway.SendAsync(HttpMethod.Post, "/api/statistics/periods", ministry, new
        {
            code = period,
            campaignCode = "2020",
            kind = "daily",
            name = "区域隔离",
            startsOn = "2020-09-10",
            endsOn = "2020-09-10",
            dueOn = "2099-01-01",
        }))
        {
            Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        }
        using (var contacts = await system.Gateway.SendAsync(
            HttpMethod.Put, $"/api/statistics/units/{Owner}/contacts", owner, Contacts("王芳")))
        {
            Assert.Equal(HttpStatusCode.OK, contacts.StatusCode);
        }
        using var report = await system.Gateway.SendAsync(
            HttpMethod.Put, $"/api/statistics/reports/{period}/{Owner}", owner, ReportValues(3));
        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        return period;
    }

    private static object Commitment() =>
        new
        {
            safety = true,
            integrity = true,
            selfDiscipline = true,
            signatory = "王伟",
            signatoryTitle = "总经理",
            signedOn = "2020-09-01",
        };

    private static object Contacts(string name) =>
        new { responsible = new { name, title = "处长", phone = "021-23110000", email = "stats@sww.example.cn" } };

    private static object ReportValues(decimal sessions) => new
    {
        values = new Dictionary<string, decimal>
        {
            ["activity_sessions"] = sessions,
            ["participating_enterprises"] = 10,
            ["sales_driven"] = 1000,
        },
        submit = true,
    };
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Complaints;

/// <summary>POST /api/complaints/cases: validation, routing, the idempotent repeat and the received event.</summary>
[Collection(ServersCollection.Name)]
public sealed class CaseIntakeTests(ServersFixture servers)
{
    private Task<ServiceHost<ComplaintsDbContext>> ServiceAsync() => servers.ServiceAsync<ComplaintsDbContext>("complaints-db");

    [Fact]
    public async Task A_complete_case_is_created_routed_by_the_given_region_and_announced_as_received()
    {
        var service = await ServiceAsync();
        using var hotline = service.ClientAs(TestClient.Hotline(Scopes.ComplaintsIntake));

        using var posted = await hotline.PostAsJsonAsync("/api/complaints/cases", CaseSamples.Case());

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var body = await posted.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/complaints/cases/{id}", posted.Headers.Location?.OriginalString);
        Assert.Equal("received", body.GetProperty("status").GetString());
        Assert.Equal("310000", body.GetProperty("responsibleRegion").GetString());
        Assert.Equal("respondentRegion", body.GetProperty("routedBy").GetString());
        Assert.Equal("hotline-12315", body.GetProperty("hotlineClientId").GetString());
        Assert.Equal("王小明", body.GetProperty("complainant").GetProperty("name").GetString());
        Assert.Equal(1, await CaseSamples.OutboxRowsAsync<ComplaintReceived>(service, id));
    }

    [Fact]
    public async Task A_case_missing_its_required_facts_is_a_422_naming_each_field_and_is_not_created()
    {
        var service = await ServiceAsync();
        using var hotline = service.ClientAs(TestClient.Hotline(Scopes.ComplaintsIntake));
        var reference = $"st-{Guid.NewGuid():N}"[..24];

        using var rejected = await hotline.PostAsJsonAsync("/api/complaints/cases", new
        {
            hotlineReference = reference,
            channel = "phone",
            kind = "complaint",
            category = "price",
            complainant = new { name = "李" },
            respondent = new { creditCode = "91310000MA1FL1234R", regionCode = "999999" },
            amountInvolved = 1.234m,
            attachmentLinks = new[] { "ftp://files.example.cn/a.jpg" },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.StatusCode);
        var problem = await rejected.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The case lacks required fields or has malformed ones.", problem.GetProperty("title").GetString());
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(
            ["receivedAt", "complainant.phone", "complainant.address", "respondent.name", "respondent.creditCode",
                "respondent.regionCode", "description", "amountInvolved", "attachmentLinks"],
            fields);
        Assert.False(await service.QueryAsync<ComplaintsDbContext, bool>(db => db.Cases.AnyAsync(c => c.HotlineReference == reference)));
    }

    [Fact]
    public async Task Kind_and_category_must_be_known_values()
    {
        var service = await ServiceAsync();
        using var hotline = service.ClientAs(TestClient.Hotline(Scopes.ComplaintsIntake));
        var body = CaseSamples.Case();
        body["kind"] = "grumble";
        body["category"] = null;

        using var rejected = await hotline.PostAsJsonAsync("/api/complaints/cases", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.StatusCode);
        var errors = (await rejected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("'grumble' is not one of: complaint, report.", errors.GetProperty("kind")[0].GetString());
        Assert.Equal("The category is required.", errors.GetProperty("category")[0].GetString());
    }

    [Fact]
    public async Task A_report_may_come_without_the_reporters_details()
    {
        var service = await ServiceAsync();
        using var hotline = service.ClientAs(TestClient.Hotline(Scopes.ComplaintsIntake));
        var body = CaseSamples.Case(kind: "report");
        body["complainant"] = null;

        using var posted = await hotline.PostAsJsonAsync("/api/complaints/cases", body);

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var view = await posted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("report", view.GetProperty("kind").GetString());
        Assert.NotEqual(JsonValueKind.Null, view.GetProperty("verificationDueAt").ValueKind);
    }

    [Fact]
    public async Task A_repeated_post_answers_the_first_case_and_the_same_reference_with_other_content_is_a_409()
    {
        var service = await ServiceAsync();
        using var hotline = service.ClientAs(TestClient.Hotline(Scopes.ComplaintsIntake));
        var body = CaseSamples.Case();

        using var first = await hotline.PostAsJsonAsync("/api/complaints/cases", body);
        using var retry = await hotline.PostAsJsonAsync("/api/complaints/cases", body);
        body["description"] = "另一件事。";
        using var clash = await hotline.PostAsJsonAsync("/api/complaints/cases", body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(id, (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        var problem = await clash.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("This hotline reference names another case.", problem.GetProperty("title").GetString());
        Assert.Equal(id, problem.GetProperty("existingId").GetGuid());
        Assert.Equal(1, await CaseSamples.OutboxRowsAsync<ComplaintReceived>(service, id));
    }

    [Fact]
    public async Task Only_a_hotline_posts_cases()
    {
        var service = await ServiceAsync();
        using var anonymous = service.ClientAs(null);
        using var unit = service.ClientAs(TestClient.Unit(CaseSamples.Shanghai, Scopes.ComplaintsHandle));

        using var withoutToken = await anonymous.PostAsJsonAsync("/api/complaints/cases", CaseSamples.Case());
        using var asHandler = await unit.PostAsJsonAsync("/api/complaints/cases", CaseSamples.Case());

        Assert.Equal(HttpStatusCode.Unauthorized, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asHandler.StatusCode);
    }
}

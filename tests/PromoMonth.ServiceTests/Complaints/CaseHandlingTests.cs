using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Complaints;

/// <summary>The handling steps over HTTP: who may take them (404 otherwise), bodies (422), states (409) and their events.</summary>
[Collection(ServersCollection.Name)]
public sealed class CaseHandlingTests(ServersFixture servers)
{
    private const string StepNotAllowed = "This step is not allowed in the case's current state.";

    private Task<ServiceHost<ComplaintsDbContext>> ServiceAsync() => servers.ServiceAsync<ComplaintsDbContext>("complaints-db");

    private static TestClient Shanghai => TestClient.Unit(CaseSamples.Shanghai, Scopes.ComplaintsHandle);

    [Fact]
    public async Task Accepting_a_complaint_starts_mediation_and_writes_ComplaintAccepted_to_the_outbox()
    {
        var service = await ServiceAsync();
        var id = await CaseSamples.PostAsync(service, CaseSamples.Case());
        using var unit = service.ClientAs(Shanghai);

        using var accepted = await StepAsync(unit, id, "accept");

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var view = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("inMediation", view.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, view.GetProperty("mediationDueAt").ValueKind);
        var step = view.GetProperty("history").EnumerateArray().Last();
        Assert.Equal(("accept", "unit-310000"), (step.GetProperty("action").GetString(), step.GetProperty("by").GetString()));
        Assert.Equal(1, await CaseSamples.OutboxRowsAsync<ComplaintAccepted>(service, id));
    }

    [Fact]
    public async Task A_step_the_state_does_not_allow_is_a_409_and_leaves_no_event()
    {
        var service = await ServiceAsync();
        var id = await CaseSamples.PostAsync(service, CaseSamples.Case());
        using var unit = service.ClientAs(Shanghai);
        (await StepAsync(unit, id, "accept")).Dispose();

        using var again = await StepAsync(unit, id, "accept");
        using var reject = await StepAsync(unit, id, "reject", new { ground = "outsideRemit" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(StepNotAllowed, problem.GetProperty("title").GetString());
        Assert.Equal("Only a received case can be accepted.", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, reject.StatusCode);
        Assert.Equal(1, await CaseSamples.OutboxRowsAsync<ComplaintAccepted>(service, id));
    }

    [Fact]
    public async Task Another_regions_unit_and_an_unknown_case_get_404_and_the_ministry_handles_any_case()
    {
        var service = await ServiceAsync();
        var id = await CaseSamples.PostAsync(service, CaseSamples.Case());
        var triage = await CaseSamples.PostAsync(service, CaseSamples.Case(regionCode: null));
        using var jiangsu = service.ClientAs(TestClient.Unit("320000", Scopes.ComplaintsHandle));
        using var unit = service.ClientAs(Shanghai);
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.ComplaintsHandle));

        using var otherRegion = await StepAsync(jiangsu, id, "accept");
        using var badBodyOtherRegion = await StepAsync(jiangsu, id, "reject", new { ground = "tooBusy" });
        using var unknown = await unit.PostAsync($"/api/complaints/cases/{Guid.NewGuid()}/accept", null);
        using var triageByUnit = await StepAsync(unit, triage, "accept");
        using var triageByMinistry = await StepAsync(ministry, triage, "accept");

        Assert.Equal(HttpStatusCode.NotFound, otherRegion.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, badBodyOtherRegion.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, triageByUnit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, triageByMinistry.StatusCode);
        Assert.Equal(0, await CaseSamples.OutboxRowsAsync<ComplaintAccepted>(service, id));
    }

    [Fact]
    public async Task A_suspended_case_shows_what_it_waits_on_refuses_acceptance_and_resumes_with_its_clocks()
    {
        var service = await ServiceAsync();
        var id = await CaseSamples.PostAsync(service, CaseSamples.Case());
        using var unit = service.ClientAs(Shanghai);

        using var unknownReason = await StepAsync(unit, id, "suspend", new { reason = "waiting", note = "x" });
        using var longNote = await StepAsync(unit, id, "suspend", new { reason = "testing", note = new string('x', 1001) });
        using var suspended = await StepAsync(unit, id, "suspend", new { reason = "testing", note = "样品送检" });
        using var twice = await StepAsync(unit, id, "suspend", new { reason = "inspection" });
        using var acceptWhileSuspended = await StepAsync(unit, id, "accept");
        using var resumed = await StepAsync(unit, id, "resume");
        using var resumedAgain = await StepAsync(unit, id, "resume");
        using var accepted = await StepAsync(unit, id, "accept");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownReason.StatusCode);
        var problem = await unknownReason.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            "One of: calibration, inspection, testing, appraisal.", problem.GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, longNote.StatusCode);
        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);
        var view = await suspended.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("testing", view.GetProperty("suspension").GetProperty("reason").GetString());
        Assert.False(view.GetProperty("overdue").GetBoolean());
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (twice.StatusCode, acceptWhileSuspended.StatusCode));
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        var after = await resumed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, after.GetProperty("suspension").ValueKind);
        var steps = after.GetProperty("history").EnumerateArray().Select(s => s.GetProperty("action").GetString());
        Assert.Equal(["receive", "suspend", "resume"], steps);
        Assert.Equal(HttpStatusCode.Conflict, resumedAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task A_rejection_names_one_of_the_rules_grounds()
    {
        var service = await ServiceAsync();
        var id = await CaseSamples.PostAsync(service, CaseSamples.Case());
        using var unit = service.ClientAs(Shanghai);

        using var badGround = await StepAsync(unit, id, "reject", new { ground = "tooBusy" });
        using var noGround = await StepAsync(unit, id, "reject", new { note = "忙" });
        using var rejected = await StepAsync(unit, id, "reject", new { ground = "notForPersonalConsumption", note = " 为经营采购 " });

        foreach (var refused in new[] { badGround, noGround })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.Equal(
                "One of: outsideRemit, handledByCourtArbitrationOrAssociation, notForPersonalConsumption, olderThanThreeYears, "
                    + "requiredFieldsMissing.",
                errors.GetProperty("ground")[0].GetString());
        }
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var view = await rejected.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("rejected", view.GetProperty("status").GetString());
        var step = view.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("NotForPersonalConsumption: 为经营采购", step.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_transfer_needs_a_known_unit_and_a_reason_and_hands_the_case_over()
    {
        var service = await ServiceAsync();
        var id = await CaseSamples.PostAsync(service, CaseSamples.Case());
        using var unit = service.ClientAs(Shanghai);
        using var zhejiang = service.ClientAs(TestClient.Unit("330000", Scopes.ComplaintsHandle));

        using var unknownUnit = await StepAsync(unit, id, "transfer", new { toRegion = "999999", reason = "管辖" });
        using var noReason = await StepAsync(unit, id, "transfer", new { toRegion = "330000" });
        using var toItself = await StepAsync(unit, id, "transfer", new { toRegion = "310000", reason = "管辖" });
        using var moved = await StepAsync(unit, id, "transfer", new { toRegion = "330000", reason = "经营地在杭州" });
        using var byOld = await StepAsync(unit, id, "accept");
        using var byNew = await StepAsync(zhejiang, id, "accept");

        foreach (var refused in new[] { unknownUnit, noReason })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.Equal("A reporting unit's 6-digit code and a reason are required.", errors.GetProperty("toRegion")[0].GetString());
        }
        Assert.Equal(HttpStatusCode.Conflict, toItself.StatusCode);
        Assert.Equal(
            "The case is already with that unit.", await DetailAsync(toItself));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("330000", (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("responsibleRegion").GetString());
        Assert.Equal(HttpStatusCode.NotFound, byOld.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byNew.StatusCode);
    }

    [Fact]
    public async Task A_resolution_needs_its_outcome_and_an_accepted_case_and_writes_ComplaintResolved()
    {
        var service = await ServiceAsync();
        var id = await CaseSamples.PostAsync(service, CaseSamples.Case());
        using var unit = service.ClientAs(Shanghai);

        using var early = await StepAsync(unit, id, "resolve", new { text = "调解成功" });
        (await StepAsync(unit, id, "accept")).Dispose();
        using var noOutcome = await StepAsync(unit, id, "resolve", new { text = "  " });
        using var resolved = await StepAsync(unit, id, "resolve", new { text = "调解成功" });

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("Only an accepted case can be resolved.", await DetailAsync(early));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noOutcome.StatusCode);
        var errors = (await noOutcome.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("The outcome is required.", errors.GetProperty("text")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        Assert.Equal("resolved", (await resolved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(1, await CaseSamples.OutboxRowsAsync<ComplaintResolved>(service, id));
    }

    [Fact]
    public async Task A_finding_body_names_a_known_kind_and_a_summary()
    {
        var service = await ServiceAsync();
        var id = await CaseSamples.PostAsync(service, CaseSamples.Case());
        using var unit = service.ClientAs(Shanghai);

        using var unknownKind = await StepAsync(unit, id, "findings", new { kind = "rumour", summary = "s" });
        using var noSummary = await StepAsync(unit, id, "findings", new { kind = "markMisuse" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownKind.StatusCode);
        Assert.Equal(
            "'rumour' is not one of: counterfeit, markMisuse, safetyIncident.",
            await FieldErrorAsync(unknownKind, "kind"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noSummary.StatusCode);
        Assert.Equal(
            "counterfeit, markMisuse or safetyIncident, with a summary.",
            await FieldErrorAsync(noSummary, "kind"));
    }

    [Fact]
    public async Task A_finding_the_case_cannot_ground_is_a_422_on_its_kind()
    {
        var service = await ServiceAsync();
        var id = await CaseSamples.PostAsync(service, CaseSamples.Case());
        using var unit = service.ClientAs(Shanghai);
        (await StepAsync(unit, id, "accept")).Dispose();

        using var counterfeit = await StepAsync(unit, id, "findings", new { kind = "counterfeit", summary = "假冒" });
        using var incident = await StepAsync(unit, id, "findings", new { kind = "safetyIncident", summary = "踩踏" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, counterfeit.StatusCode);
        Assert.Equal(
            "A counterfeiting finding needs the respondent's credit code.",
            await FieldErrorAsync(counterfeit, "kind"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, incident.StatusCode);
        Assert.Equal(
            "A safety incident is recorded on a case about a catalog activity.",
            await FieldErrorAsync(incident, "kind"));
    }

    [Fact]
    public async Task A_counterfeit_finding_waits_for_acceptance_and_then_writes_CounterfeitConfirmed()
    {
        var service = await ServiceAsync();
        var id = await CaseSamples.PostAsync(service, CaseSamples.Case(creditCode: CaseSamples.FreshCreditCode()));
        using var unit = service.ClientAs(Shanghai);

        using var early = await StepAsync(unit, id, "findings", new { kind = "counterfeit", summary = "假冒品牌" });
        (await StepAsync(unit, id, "accept")).Dispose();
        using var found = await StepAsync(unit, id, "findings", new { kind = "counterfeit", summary = "经鉴定为假冒" });

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(
            "A finding is recorded on an accepted case.", await DetailAsync(early));
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var finding = (await found.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("findings").EnumerateArray().Single();
        Assert.Equal(("counterfeit", "经鉴定为假冒"), (finding.GetProperty("kind").GetString(), finding.GetProperty("summary").GetString()));
        Assert.Equal(1, await CaseSamples.OutboxRowsAsync<CounterfeitConfirmed>(service, id));
    }

    private static Task<HttpResponseMessage> StepAsync(HttpClient client, Guid id, string step, object? body = null) =>
        body is null
            ? client.PostAsync($"/api/complaints/cases/{id}/{step}", null)
            : client.PostAsJsonAsync($"/api/complaints/cases/{id}/{step}", body);

    private static async Task<string?> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();

    private static async Task<string?> FieldErrorAsync(HttpResponseMessage response, string field) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty(field)[0].GetString();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PromoMonth.Contracts;
using PromoMonth.ServiceTests.Infrastructure;
using static PromoMonth.ServiceTests.Statistics.StatisticsCalls;

namespace PromoMonth.ServiceTests.Statistics;

/// <summary>Two-level approval over HTTP: who may take each step, what it refuses, and the accepted level it fills.</summary>
[Collection(ServersCollection.Name)]
public sealed class ReportApprovalEndpointTests(ServersFixture servers)
{
    [Fact]
    public async Task Accepted_figures_are_asked_for_beside_the_submitted_and_follow_each_approval_step()
    {
        var service = await ServiceAsync(servers);
        await NameContactAsync(service, "450000");
        await NameContactAsync(service, "460000");
        var period = await OpenPeriodAsync(service, "approve");
        (await service.ClientAs(Unit("450000")).PutAsJsonAsync($"/api/statistics/reports/{period}/450000", Report(70))).Dispose();
        (await service.ClientAs(Unit("460000")).PutAsJsonAsync($"/api/statistics/reports/{period}/460000", Report(30))).Dispose();
        using var ministry = service.ClientAs(Ministry());

        Assert.Equal((100m, 0m), await SessionsAsync(ministry, period));
        using var accepted = await ministry.PostAsync($"/api/statistics/reports/{period}/450000/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("accepted", (await JsonAsync(accepted)).GetProperty("status").GetString());
        Assert.Equal((100m, 70m), await SessionsAsync(ministry, period));
        using var completeness = await ministry.GetAsync($"/api/statistics/periods/{period}/completeness?level=accepted");
        var counts = await JsonAsync(completeness);
        Assert.Equal((1, 36, "accepted"), (counts.GetProperty("submitted").GetInt32(), counts.GetProperty("missing").GetInt32(),
            counts.GetProperty("level").GetString()));

        using var unaccepted = await ministry.PostAsJsonAsync(
            $"/api/statistics/reports/{period}/450000/unaccept", new { reason = "单位有误" });
        Assert.Equal(HttpStatusCode.OK, unaccepted.StatusCode);
        Assert.Equal((100m, 0m), await SessionsAsync(ministry, period));
        Assert.Equal(1, await OutboxRowsAsync(service, nameof(ReportAccepted), period));
        Assert.Equal(1, await OutboxRowsAsync(service, nameof(ReportUnaccepted), period));
    }

    [Fact]
    public async Task An_accepted_report_is_locked_for_its_unit_and_a_returned_one_is_resubmitted()
    {
        var service = await ServiceAsync(servers);
        await NameContactAsync(service, "500000");
        var period = await OpenPeriodAsync(service, "return");
        var path = $"/api/statistics/reports/{period}/500000";
        using var unit = service.ClientAs(Unit("500000"));
        (await unit.PutAsJsonAsync(path, Report(40))).Dispose();
        using var ministry = service.ClientAs(Ministry());

        using var noReason = await ministry.PostAsJsonAsync($"{path}/return", new { reason = " " });
        using var returned = await ministry.PostAsJsonAsync($"{path}/return", new { reason = "分城市合计与全省不符" });
        using var acceptReturned = await ministry.PostAsync($"{path}/accept", null);
        using var resubmitted = await unit.PutAsJsonAsync(path, Report(41));
        using var accepted = await ministry.PostAsync($"{path}/accept", null);
        using var changeAccepted = await unit.PutAsJsonAsync(path, Report(42));
        using var byTheUnit = await unit.PostAsync($"{path}/accept", null);
        using var unknown = await ministry.PostAsync($"/api/statistics/reports/{period}/520000/accept", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, acceptReturned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resubmitted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var approvals = (await JsonAsync(accepted)).GetProperty("approvals").EnumerateArray()
            .Select(a => (a.GetProperty("action").GetString(), a.GetProperty("version").GetInt32())).ToList();
        Assert.Equal([("return", 1), ("accept", 2)], approvals);
        Assert.Equal(HttpStatusCode.Conflict, changeAccepted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byTheUnit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task An_unknown_level_is_a_400_on_the_level()
    {
        var service = await ServiceAsync(servers);
        using var ministry = service.ClientAs(Ministry());

        using var rollup = await ministry.GetAsync("/api/statistics/rollups/2020-first-two-weeks?level=approved");
        using var completeness = await ministry.GetAsync("/api/statistics/campaigns/2020/completeness?level=approved&format=pdf");

        Assert.Equal(HttpStatusCode.BadRequest, rollup.StatusCode);
        Assert.Equal(["level"], await ErrorFieldsAsync(rollup));
        Assert.Equal(["format", "level"], (await ErrorFieldsAsync(completeness)).Order(StringComparer.Ordinal));
    }

    private static async Task<(decimal Submitted, decimal Accepted)> SessionsAsync(HttpClient ministry, string period)
    {
        async Task<decimal> Of(string level)
        {
            using var answer = await ministry.GetAsync($"/api/statistics/rollups/{period}?level={level}");
            var rollup = await JsonAsync(answer);
            Assert.Equal(level, rollup.GetProperty("level").GetString());
            var row = rollup.GetProperty("national").EnumerateArray()
                .Single(r => r.GetProperty("indicator").GetString() == "activity_sessions");
            return row.GetProperty("value").ValueKind == JsonValueKind.Null ? 0m : row.GetProperty("value").GetDecimal();
        }
        return (await Of("submitted"), await Of("accepted"));
    }
}

using System.Net;
using System.Net.Http.Json;
using PromoMonth.ServiceTests.Infrastructure;
using static PromoMonth.ServiceTests.Statistics.StatisticsCalls;

namespace PromoMonth.ServiceTests.Statistics;

[Collection(ServersCollection.Name)]
public sealed class ContactAndPeriodEndpointTests(ServersFixture servers)
{
    [Fact]
    public async Task Malformed_contacts_are_a_422_naming_each_part_and_another_regions_contacts_are_403()
    {
        var service = await ServiceAsync(servers);
        using var unit = service.ClientAs(Unit("340000"));

        using var malformed = await unit.PutAsJsonAsync("/api/statistics/units/340000/contacts", new
        {
            responsible = new { name = "", title = "处长", phone = "12", email = "not-an-address" },
            deputies = new object?[] { null, new { name = "赵敏", title = "副处长", phone = "0551-1234567", email = "d@example.cn" } },
        });
        using var missing = await unit.PutAsJsonAsync("/api/statistics/units/340000/contacts", new { deputies = Array.Empty<object>() });
        using var other = await unit.PutAsJsonAsync("/api/statistics/units/320000/contacts", Contacts("320000"));
        using var unknown = await service.ClientAs(Ministry()).PutAsJsonAsync("/api/statistics/units/999999/contacts", Contacts("999999"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, malformed.StatusCode);
        Assert.Equal("The contacts are incomplete or malformed.", await TitleAsync(malformed));
        Assert.Equal(["responsible.name", "responsible.phone", "responsible.email", "deputies[0]"], await ErrorFieldsAsync(malformed));
        Assert.Equal(["responsible"], await ErrorFieldsAsync(missing));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Named_contacts_are_trimmed_and_seen_by_the_unit_and_the_ministry_only()
    {
        var service = await ServiceAsync(servers);
        using var unit = service.ClientAs(Unit("350000"));

        using var named = await unit.PutAsJsonAsync("/api/statistics/units/350000/contacts", new
        {
            responsible = new { name = " 林峰 ", title = "处长", phone = " 0591-87654321 ", email = " lin@example.cn " },
        });
        using var byOther = await service.ClientAs(Unit("360000")).GetAsync("/api/statistics/units/350000/contacts");
        using var byMinistry = await service.ClientAs(Ministry()).GetAsync("/api/statistics/units/350000/contacts");

        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        var responsible = (await JsonAsync(byMinistry)).GetProperty("responsible");
        Assert.Equal(("林峰", "0591-87654321", "lin@example.cn"), (responsible.GetProperty("name").GetString(),
            responsible.GetProperty("phone").GetString(), responsible.GetProperty("email").GetString()));
        Assert.Equal("unit-350000", (await JsonAsync(named)).GetProperty("updatedBy").GetString());
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
    }

    [Fact]
    public async Task An_inconsistent_period_is_a_422_naming_each_field_and_a_code_in_use_is_a_409()
    {
        var service = await ServiceAsync(servers);
        using var ministry = service.ClientAs(Ministry());
        var existing = await OpenPeriodAsync(service, "dup");

        using var inconsistent = await ministry.PostAsJsonAsync("/api/statistics/periods", new
        {
            code = "bad code!", campaignCode = "1999", kind = "weekly", name = "", startsOn = "2020-09-22", endsOn = "2020-09-09",
            dueOn = "2020-09-25", dueAt = DateTimeOffset.UtcNow, graceWorkingDays = 61,
        });
        using var duplicate = await ministry.PostAsJsonAsync("/api/statistics/periods", new
        {
            code = existing, campaignCode = "2020", kind = "daily", name = "again", startsOn = "2020-09-09", endsOn = "2020-09-09",
            dueOn = "2099-01-01",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, inconsistent.StatusCode);
        Assert.Equal("The period is incomplete or inconsistent.", await TitleAsync(inconsistent));
        Assert.Equal(["kind", "code", "name", "endsOn", "dueAt", "graceWorkingDays", "campaignCode"], await ErrorFieldsAsync(inconsistent));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal($"A period '{existing}' exists.", (await JsonAsync(duplicate)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_grace_is_between_0_and_60_working_days_and_moves_the_lock()
    {
        var service = await ServiceAsync(servers);
        using var ministry = service.ClientAs(Ministry());
        var period = await OpenPeriodAsync(service, "grace", grace: 0);

        using var tooLong = await ministry.PutAsJsonAsync($"/api/statistics/periods/{period}/grace", new { graceWorkingDays = 61 });
        using var unknown = await ministry.PutAsJsonAsync("/api/statistics/periods/st-no-such-period/grace", new { graceWorkingDays = 1 });
        using var set = await ministry.PutAsJsonAsync($"/api/statistics/periods/{period}/grace", new { graceWorkingDays = 5 });
        using var byUnit = await service.ClientAs(Unit()).PutAsJsonAsync($"/api/statistics/periods/{period}/grace",
            new { graceWorkingDays = 1 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Equal(["graceWorkingDays"], await ErrorFieldsAsync(tooLong));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var body = await JsonAsync(set);
        Assert.Equal(5, body.GetProperty("graceWorkingDays").GetInt32());
        Assert.True(body.GetProperty("lockAt").GetDateTimeOffset() > body.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.Forbidden, byUnit.StatusCode);
    }
}

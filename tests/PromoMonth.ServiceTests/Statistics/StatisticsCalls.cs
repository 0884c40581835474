using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceTests.Infrastructure;
using PromoMonth.Statistics.Infrastructure;

namespace PromoMonth.ServiceTests.Statistics;

/// <summary>What the statistics tests do over and over: open a period, name a unit's contacts, report, read answers.</summary>
internal static class StatisticsCalls
{
    public const string Shanghai = "310000";

    public static Task<ServiceHost<StatisticsDbContext>> ServiceAsync(ServersFixture servers) =>
        servers.ServiceAsync<StatisticsDbContext>("statistics-db");

    public static TestClient Unit(string region = Shanghai) => TestClient.Unit(region, Scopes.Statistics);

    public static TestClient Ministry() => TestClient.Ministry(Scopes.Statistics, Scopes.StatisticsAdmin);

    /// <summary>A period of the 2020 campaign of the test's own, due at <paramref name="dueAt"/> (far ahead unless given).</summary>
    public static async Task<string> OpenPeriodAsync(ServiceHost<StatisticsDbContext> service, string prefix, DateTimeOffset? dueAt = null,
        int grace = 3, string kind = "interim")
    {
        var code = $"st-{prefix}-{Guid.NewGuid():N}"[..36];
        using var ministry = service.ClientAs(Ministry());
        using var created = await ministry.PostAsJsonAsync("/api/statistics/periods", new
        {
            code, campaignCode = "2020", kind, name = prefix, startsOn = "2020-09-09", endsOn = "2020-09-22",
            dueAt = dueAt ?? DateTimeOffset.UtcNow.AddDays(30), graceWorkingDays = grace,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return code;
    }

    /// <summary>A period already locked: due yesterday, with no grace.</summary>
    public static Task<string> OpenLockedPeriodAsync(ServiceHost<StatisticsDbContext> service, string prefix) =>
        OpenPeriodAsync(service, prefix, DateTimeOffset.UtcNow.AddDays(-1), grace: 0);

    public static async Task NameContactAsync(ServiceHost<StatisticsDbContext> service, string region = Shanghai)
    {
        using var unit = service.ClientAs(Unit(region));
        using var answer = await unit.PutAsJsonAsync($"/api/statistics/units/{region}/contacts", Contacts(region));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    public static object Contacts(string region) => new
    {
        responsible = new { name = "王芳", title = "处长", phone = "021-23110000", email = $"stats-{region}@commerce.example.cn" },
        deputies = new[] { new { name = "赵敏", title = "副处长", phone = "021-23110001", email = $"deputy-{region}@commerce.example.cn" } },
    };

    public static object Report(decimal sessions, bool submit = true) => new
    {
        values = new Dictionary<string, decimal>
        {
            ["activity_sessions"] = sessions, ["participating_enterprises"] = 300, ["sales_driven"] = 1_000_000,
        },
        submit,
    };

    /// <summary>The answer's JSON; buffered first, so a test reads one answer as often as it asserts on it.</summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    public static async Task<IReadOnlyList<string>> ErrorFieldsAsync(HttpResponseMessage response) =>
        [.. (await JsonAsync(response)).GetProperty("errors").EnumerateObject().Select(e => e.Name)];

    public static async Task<string?> TitleAsync(HttpResponseMessage response) =>
        (await JsonAsync(response)).GetProperty("title").GetString();

    /// <summary>The outbox rows of one contract whose body names <paramref name="marker"/>.</summary>
    public static async Task<int> OutboxRowsAsync(ServiceHost<StatisticsDbContext> service, string contract, string marker)
    {
        var bodies = await service.QueryAsync<StatisticsDbContext, List<string>>(db => db.Set<OutboxMessage>()
            .Where(m => m.MessageType.EndsWith("." + contract)).Select(m => m.Body).ToListAsync());
        return bodies.Count(body => body.Contains(marker, StringComparison.Ordinal));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Contracts;
using PromoMonth.EventRegistry.Infrastructure;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Registry;

/// <summary>Request bodies the registry accepts, and the calls its tests make, so each test states only what it varies.</summary>
internal static class RegistryRequests
{
    public const string Shanghai = "310000";
    public const string Jiangsu = "320000";
    public const string Activities = "/api/registry/activities";
    public const string Enterprises = "/api/registry/enterprises";

    private static int _serial = Random.Shared.Next(0, 1_000_000);

    /// <summary>A valid credit code issued by an authority in <paramref name="division"/>, new on every call.</summary>
    public static string FreshCreditCode(string division)
    {
        var first17 = $"91{division}MA{Interlocked.Increment(ref _serial) % 10_000_000:D7}";
        return first17 + UnifiedSocialCreditCode.CheckSymbol(first17);
    }

    public static object Enterprise(string regionCode, string? creditCode = null, string name = "上海第一百货商店股份有限公司") =>
        new
        {
            creditCode = creditCode ?? FreshCreditCode(regionCode),
            name,
            regionCode,
            industry = "retail",
            contact = new { name = "李四", title = "经理", phone = "13900000001" },
        };

    public static object Commitment(bool integrity = true) =>
        new
        {
            safety = true, integrity, selfDiscipline = true, signatory = "王伟", signatoryTitle = "总经理", signedOn = "2020-09-01",
        };

    public static object OfflineActivity(string regionCode = Shanghai, string cityCode = "310100", string title = "上海夜生活节",
        IEnumerable<Guid>? enterpriseIds = null) => new
    {
        title,
        summary = "夜间消费嘉年华",
        regionCode,
        cityCode,
        venue = "南京路步行街",
        address = "上海市黄浦区南京东路",
        attendanceMode = "offline",
        startsAt = "2020-09-12T18:00:00+08:00",
        endsAt = "2020-09-12T23:00:00+08:00",
        category = "retail",
        organiser = "上海市商务委员会",
        participatingEnterpriseIds = enterpriseIds?.ToArray() ?? [],
        expectedAttendance = 50000,
        epidemicPreventionPlan = "限流、测温、扫码登记",
        emergencyPlan = "现场应急预案",
        emergencyContact = new { name = "张三", phone = "13800000009" },
        publicity = new[] { new { channel = "shortVideo", link = "https://v.example.cn/night" } },
    };

    /// <summary>Sends <paramref name="body"/> (or nothing) and returns the status and the answer's JSON (default when empty).</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(
        this HttpClient http, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Sends and asserts the status; the answer's JSON.</summary>
    public static async Task<JsonElement> ExpectAsync(
        this HttpClient http, HttpStatusCode expected, HttpMethod method, string path, object? body = null)
    {
        var (status, answer) = await http.SendAsync(method, path, body);
        Assert.True(status == expected, $"{method} {path}: expected {(int)expected}, got {(int)status} {answer}");
        return answer;
    }

    public static async Task<Guid> CreateAsync(this HttpClient http, string path, object body) =>
        (await http.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, body)).GetProperty("id").GetGuid();

    public static IReadOnlyList<string> ErrorFields(this JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)];

    /// <summary>The outbox rows whose message mentions <paramref name="text"/> (an id, a credit code), oldest first.</summary>
    public static async Task<List<OutboxMessage>> OutboxRowsAsync(this ServiceHost<RegistryDbContext> service, string text)
    {
        // The body is jsonb, which has no LIKE: the few rows of a test database are read and searched here.
        var rows = await service.QueryAsync<RegistryDbContext, List<OutboxMessage>>(db =>
            db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Id).ToListAsync());
        return [.. rows.Where(m => m.Body.Contains(text, StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>The contract names (without namespace) of the outbox rows that mention <paramref name="text"/>, oldest first.</summary>
    public static async Task<List<string>> OutboxAboutAsync(this ServiceHost<RegistryDbContext> service, string text) =>
        [.. (await service.OutboxRowsAsync(text)).Select(m => m.MessageType.Split('.').Last())];
}

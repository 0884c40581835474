using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Complaints;

/// <summary>Cases as hotlines post them, and the evidence a request leaves in the service's own database.</summary>
internal static class CaseSamples
{
    public const string Shanghai = "310000";
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static int _serial = Random.Shared.Next(0, 1_000_000);

    /// <summary>A complete complaint with a new hotline reference each call.</summary>
    public static Dictionary<string, object?> Case(
        string? regionCode = Shanghai, string? creditCode = null, Guid? activityId = null, string kind = "complaint") => new()
    {
        ["hotlineReference"] = $"st-{Guid.NewGuid():N}"[..24],
        ["channel"] = "phone",
        ["receivedAt"] = DateTimeOffset.UtcNow.AddMinutes(-5),
        ["kind"] = kind,
        ["category"] = "counterfeitGoods",
        ["complainant"] = new { name = "王小明", phone = "13912345678", address = "上海市徐汇区某路1号" },
        ["respondent"] = new { name = "某电器商场", creditCode, address = "某区某路2号", regionCode },
        ["activityId"] = activityId,
        ["description"] = "在促销活动中购买的电饭煲疑似假冒品牌，要求退货并赔偿。",
        ["amountInvolved"] = 399.00m,
        ["attachmentLinks"] = new[] { "https://files.example.cn/receipt.jpg" },
    };

    /// <summary>A valid unified social credit code never used before in this run.</summary>
    public static string FreshCreditCode(string regionCode = Shanghai)
    {
        var first17 = $"91{regionCode}MA{Interlocked.Increment(ref _serial) % 10_000_000:D7}";
        var sum = first17.Select((c, i) => Alphabet.IndexOf(c, StringComparison.Ordinal) * Weights[i]).Sum();
        return first17 + Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>Posts a case as the national hotline and answers its id.</summary>
    public static async Task<Guid> PostAsync(ServiceHost<ComplaintsDbContext> service, Dictionary<string, object?> body)
    {
        using var hotline = service.ClientAs(TestClient.Hotline(PromoMonth.ServiceDefaults.Security.Scopes.ComplaintsIntake));
        using var posted = await hotline.PostAsJsonAsync("/api/complaints/cases", body);
        posted.EnsureSuccessStatusCode();
        return (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The outbox rows of one contract that name the case: what the relay will publish for it.</summary>
    public static Task<int> OutboxRowsAsync<TContract>(ServiceHost<ComplaintsDbContext> service, Guid caseId)
    {
        var type = ContractTypes.NameOf(typeof(TContract));
        var id = caseId.ToString();
        // The body is a jsonb column: read the rows of the contract and look for the case in their text.
        return service.QueryAsync<ComplaintsDbContext, int>(async db =>
            (await db.Set<OutboxMessage>().Where(m => m.MessageType == type).Select(m => m.Body).ToListAsync())
                .Count(body => body.Contains(id, StringComparison.Ordinal)));
    }
}

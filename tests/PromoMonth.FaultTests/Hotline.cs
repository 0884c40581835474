using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PromoMonth.FaultTests;

/// <summary>
/// A hotline as the fault scenarios use it: posts cases with its own references and, like a real hotline after a
/// timeout or an error, posts the same reference again until it is acknowledged.
/// </summary>
internal sealed class Hotline(HttpClient gateway, string token, string region, string category, DateTimeOffset? receivedAt = null)
{
    private readonly HashSet<string> _acknowledged = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Guid> _caseIds = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, object> _bodies = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _refusals = new();
    private int _sent;

    public int Sent => _sent;

    /// <summary>What the posts that were not acknowledged got, for the table's note: "503×12, no answer×3".</summary>
    public string Refusals => _refusals.IsEmpty ? "none refused"
        : string.Join(", ", _refusals.OrderByDescending(r => r.Value).Select(r => $"{r.Key}×{r.Value}"));

    public IReadOnlyCollection<string> Acknowledged => _acknowledged;

    /// <summary>The id of each acknowledged case, as its answer gave it.</summary>
    public IReadOnlyCollection<Guid> CaseIds => [.. _caseIds.Values];

    /// <summary>How many posts were not acknowledged, whatever they got.</summary>
    public int Failed => _refusals.Values.Sum();

    /// <summary>How many posts were answered with this status (a fault must give 503s to retry, never a 500).</summary>
    public int AnsweredWith(int status) =>
        _refusals.GetValueOrDefault(status.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static object Case(string reference, string region, string category, DateTimeOffset? receivedAt = null) => new
    {
        hotlineReference = reference,
        channel = "phone",
        receivedAt = receivedAt ?? DateTimeOffset.UtcNow.AddMinutes(-1),
        kind = "complaint",
        category,
        complainant = new { name = "故障演练", phone = "13800000000", address = "演练地址" },
        respondent = new { name = "演练商户", address = "演练路1号", regionCode = region },
        description = "故障注入演练中的投诉。",
        amountInvolved = 1.00m,
    };

    /// <returns>Whether the case was acknowledged (201 new, or 200 the same case again).</returns>
    public async Task<bool> PostAsync(string reference)
    {
        Interlocked.Increment(ref _sent);
        try
        {
            // A retry sends the very same case: the same reference with other content would be a conflict, not a retry.
            var body = _bodies.GetOrAdd(reference, r => Case(r, region, category, receivedAt));
            using var answer = await gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", token, body);
            if (answer.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
            {
                var acknowledged = await answer.Content.ReadFromJsonAsync<JsonElement>();
                _caseIds[reference] = Guid.Parse(acknowledged.GetProperty("id").GetString()!);
                lock (_acknowledged)
                {
                    _acknowledged.Add(reference);
                }
                return true;
            }
            _refusals.AddOrUpdate(((int)answer.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
            return false;
        }
        catch (HttpRequestException)
        {
            _refusals.AddOrUpdate("no answer", 1, (_, n) => n + 1);
            return false;
        }
    }

    /// <summary>Posts the references eight at a time in the background, as a hotline's operators do, while a fault hits.</summary>
    public Task StreamAsync(IEnumerable<string> references) => Task.Run(async () =>
    {
        foreach (var batch in references.Chunk(8))
        {
            await Task.WhenAll(batch.Select(PostAsync));
        }
    });

    /// <summary>Posts every reference not yet acknowledged again, until all are (or the time runs out).</summary>
    public async Task RetryUnacknowledgedAsync(IEnumerable<string> references, TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        var pending = references.Where(r => !_acknowledged.Contains(r)).ToList();
        while (pending.Count > 0 && !deadline.IsCancellationRequested)
        {
            foreach (var reference in pending.ToList())
            {
                if (await PostAsync(reference))
                {
                    pending.Remove(reference);
                }
            }
            if (pending.Count > 0)
            {
                await Task.Delay(500, CancellationToken.None);
            }
        }
    }

    /// <summary>How many of the registered enterprises the complaints service has come to know (from registry's events).</summary>
    public static async Task<int> RespondentsKnownAsync(HttpClient gateway, string ministry, IEnumerable<string> creditCodes)
    {
        var known = 0;
        foreach (var code in creditCodes)
        {
            known += await Settled.ReachedAsync(async () =>
            {
                using var answer = await gateway.SendAsync(HttpMethod.Get, $"/api/complaints/respondents/{code}", ministry);
                return answer.StatusCode == HttpStatusCode.OK;
            }) ? 1 : 0;
        }
        return known;
    }

    /// <summary>Cases of the region and category the complaints service holds, from its counts.</summary>
    public static async Task<int> CasesHeldAsync(HttpClient gateway, string ministry, string region, string category)
    {
        using var answer = await gateway.SendAsync(HttpMethod.Get, "/api/complaints/counts", ministry);
        answer.EnsureSuccessStatusCode();
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
            .Where(r => r.GetProperty("regionCode").GetString() == region && r.GetProperty("category").GetString() == category)
            .Sum(r => r.GetProperty("received").GetInt32());
    }

    /// <summary>Cases of the region and category statistics has counted from the complaints service's events.</summary>
    public static async Task<int> CasesCountedAsync(HttpClient gateway, string ministry, string region, string category)
    {
        using var answer = await gateway.SendAsync(HttpMethod.Get, $"/api/statistics/complaint-counts?regionCode={region}", ministry);
        answer.EnsureSuccessStatusCode();
        var statisticsCategory = char.ToUpperInvariant(category[0]) + category[1..];
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
            .Where(r => r.GetProperty("regionCode").GetString() == region)
            .Where(r => string.Equals(r.GetProperty("category").GetString(), statisticsCategory, StringComparison.OrdinalIgnoreCase))
            .Sum(r => r.GetProperty("received").GetInt32());
    }
}

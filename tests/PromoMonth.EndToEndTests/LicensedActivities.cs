using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace PromoMonth.EndToEndTests;

/// <summary>Licences as the tests need them: a unit's activity, submitted, approved and licensed through the gateway.</summary>
internal static class LicensedActivities
{
    /// <summary>A fresh activity of the unit's region, licensed by the unit (by delegation): the licence's id and number.</summary>
    public static async Task<(string Id, string Number)> GrantAsync(
        HttpClient gateway, string unit, string ministry, string region, string city, string title)
    {
        using var created = await gateway.SendAsync(HttpMethod.Post, "/api/registry/activities", unit,
            Samples.OfflineActivity(region, city, title: title));
        var activity = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await gateway.SendAsync(HttpMethod.Post, $"/api/registry/activities/{activity}/submit", unit)).Dispose();
        (await gateway.SendAsync(HttpMethod.Post, $"/api/registry/activities/{activity}/approve", ministry)).Dispose();
        var grant = await Eventually.HoldsAsync(
            () => gateway.AnswerAsync(HttpMethod.Post, "/api/licensing/licenses", unit,
                new { licenseeKind = "activity", licenseeId = activity }),
            answer => answer.Status == HttpStatusCode.Created,
            "licensing to grant the approved activity a licence");
        return (grant.Json.GetProperty("id").GetString()!, grant.Json.GetProperty("number").GetString()!);
    }

    /// <summary>A compact JWS's payload, decoded (no signature check: the tests that need one run jose).</summary>
    public static JsonElement PayloadOf(string compact) =>
        JsonDocument.Parse(Convert.FromBase64String(Base64(compact.Split('.')[1]))).RootElement.Clone();

    /// <summary>The payload re-encoded as a JWS segment keeps its signature out of step: a tampered credential.</summary>
    public static string Segment(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Base64(string base64Url)
    {
        var text = base64Url.Replace('-', '+').Replace('_', '/');
        return text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
    }
}

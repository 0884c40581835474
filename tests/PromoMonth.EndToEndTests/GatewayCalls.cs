using System.Net.Http.Json;

namespace PromoMonth.EndToEndTests;

internal static class GatewayCalls
{
    public static async Task<HttpResponseMessage> SendAsync(
        this HttpClient client, HttpMethod method, string path, string? token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path).Authorized(token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        return await client.SendAsync(request);
    }

    /// <summary>Sends and reads the whole answer, for polls that wait for a status.</summary>
    public static async Task<Answer> AnswerAsync(
        this HttpClient client, HttpMethod method, string path, string? token, object? body = null)
    {
        using var response = await client.SendAsync(method, path, token, body);
        return new Answer(response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}

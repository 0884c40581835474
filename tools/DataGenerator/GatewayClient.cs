using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace PromoMonth.DataGenerator;

/// <summary>The registry API behind the gateway, called as a given OAuth2 client.</summary>
public sealed class GatewayClient(ResilientSender sender, TokenCache tokens)
{
    /// <summary>POSTs <paramref name="body"/> as <paramref name="clientId"/>. Never throws for HTTP outcomes: the result says.</summary>
    public async Task<ApiResult> PostAsync<TBody>(string clientId, string path, TBody body, CancellationToken cancellationToken)
    {
        // Serialised once: every retry sends the very same bytes, which is what makes a retried registration identical.
        var payload = JsonSerializer.SerializeToUtf8Bytes(body, JsonDefaults.Options);
        var renewedAfterRefusal = false;
        while (true)
        {
            string token;
            try
            {
                token = await tokens.GetAsync(clientId, cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                return new ApiResult((int?)ex.StatusCode ?? 0, ex.Message);
            }

            var result = await sender.SendAsync(_ =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(payload) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json", "utf-8");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                return ValueTask.FromResult(request);
            }, cancellationToken);

            // A token can be revoked or outlive its signing key; one fresh token is worth a try, a second 401 is real.
            if (result.Status == (int)HttpStatusCode.Unauthorized && !renewedAfterRefusal)
            {
                tokens.Invalidate(clientId, token);
                renewedAfterRefusal = true;
                continue;
            }
            return result;
        }
    }
}

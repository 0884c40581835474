using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;

namespace PromoMonth.Gateway.Board;

/// <summary>
/// What the board shows, read from the services' own APIs (found by service discovery), each of which answers from its
/// caches or maintained roll-ups. A board view is kept for a few seconds, so wall screens polling together cost the
/// services one read per figure; the ministry's figures are read with the signed-in ministry's own token.
/// </summary>
public sealed class BoardSources(IHttpClientFactory clients, IMemoryCache memory)
{
    private static readonly TimeSpan Kept = TimeSpan.FromSeconds(3);

    /// <summary>The public figures of a campaign (its code), or of the current one (null).</summary>
    public Task<PublicFigures> PublicAsync(string? campaignCode, CancellationToken cancellationToken) =>
        memory.GetOrCreateAsync($"board:public:{campaignCode}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Kept;
            var query = campaignCode is null ? "" : $"?campaign={Uri.EscapeDataString(campaignCode)}";
            var catalog = await ReadAsync($"http://registry/api/catalog/summary{query}", null, cancellationToken);
            var licences = await ReadAsync("http://licensing/api/verify/summary", null, cancellationToken);
            return new PublicFigures(catalog, licences);
        })!;

    public Task<MinistryFigures> MinistryAsync(string campaignCode, string token, CancellationToken cancellationToken) =>
        memory.GetOrCreateAsync($"board:ministry:{campaignCode}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Kept;
            return new MinistryFigures(
                await ReadAsync($"http://statistics/api/statistics/campaigns/{Uri.EscapeDataString(campaignCode)}/completeness",
                    token, cancellationToken),
                await ReadAsync($"http://statistics/api/statistics/rollups/campaigns/{Uri.EscapeDataString(campaignCode)}/days",
                    token, cancellationToken),
                await ReadAsync("http://complaints/api/complaints/counts", token, cancellationToken),
                await ReadAsync("http://licensing/api/licensing/licenses/counts", token, cancellationToken));
        })!;

    /// <summary>One figure: its JSON, or nothing when the service has none yet (no release, no form) or cannot answer now.</summary>
    private async Task<JsonElement?> ReadAsync(string address, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        try
        {
            using var response = await clients.CreateClient("board").SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode
                ? await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)
                : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or Polly.ExecutionRejectedException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // A service away shows as "no figures" on its panel; the rest of the board still answers.
            return null;
        }
    }
}

/// <summary>The public board's figures: the catalog counted, and licences active.</summary>
public sealed record PublicFigures(JsonElement? Catalog, JsonElement? Licences);

/// <summary>The ministry's figures: completeness, the days' totals, complaints and licences.</summary>
public sealed record MinistryFigures(JsonElement? Completeness, JsonElement? Days, JsonElement? Complaints, JsonElement? Licences);

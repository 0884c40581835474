using System.Collections.Concurrent;
using System.Net;

namespace PromoMonth.DataGenerator;

/// <summary>
/// Access tokens by client (OAuth2 client credentials at /connect/token). Tokens live 10 minutes and a long run
/// outlives them, so each is renewed a minute before it expires; one fetch per client at a time, so that eight
/// workers starting together do not ask the token server eight times.
/// </summary>
public sealed class TokenCache(ResilientSender sender, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, AccessToken> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _fetching = new(StringComparer.Ordinal);

    /// <summary>The development secret convention of the token server: "{client id}-secret".</summary>
    public static string DevelopmentSecret(string clientId) => $"{clientId}-secret";

    /// <exception cref="HttpRequestException">The token server refused or did not answer; the message says why.</exception>
    public async ValueTask<string> GetAsync(string clientId, CancellationToken cancellationToken)
    {
        if (_tokens.TryGetValue(clientId, out var token) && token.IsFreshAt(clock.GetUtcNow()))
        {
            return token.Value;
        }
        var gate = _fetching.GetOrAdd(clientId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Another worker may have renewed it while this one waited.
            if (_tokens.TryGetValue(clientId, out token) && token.IsFreshAt(clock.GetUtcNow()))
            {
                return token.Value;
            }
            token = await FetchAsync(clientId, cancellationToken);
            _tokens[clientId] = token;
            return token.Value;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets a token the gateway refused (401), unless another worker already replaced it.</summary>
    public void Invalidate(string clientId, string refused)
    {
        if (_tokens.TryGetValue(clientId, out var token) && token.Value == refused)
        {
            _tokens.TryRemove(KeyValuePair.Create(clientId, token));
        }
    }

    public void Dispose()
    {
        foreach (var gate in _fetching.Values)
        {
            gate.Dispose();
        }
    }

    private async Task<AccessToken> FetchAsync(string clientId, CancellationToken cancellationToken)
    {
        var fetchedAt = clock.GetUtcNow();
        var result = await sender.SendAsync(_ => ValueTask.FromResult(new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(
            [
                KeyValuePair.Create("grant_type", "client_credentials"),
                KeyValuePair.Create("client_id", clientId),
                KeyValuePair.Create("client_secret", DevelopmentSecret(clientId)),
            ]),
        }), cancellationToken);

        var value = result.IsSuccess ? result.Property("access_token") : null;
        if (value is null)
        {
            var status = result.Status == 0 ? string.Empty : $"{result.Status} ";
            throw new HttpRequestException($"No token for client '{clientId}': {status}{result.Body}", null, (HttpStatusCode)result.Status);
        }
        var lifetime = int.TryParse(result.Property("expires_in"), out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromMinutes(10);
        return new AccessToken(value, fetchedAt + lifetime);
    }

    private sealed record AccessToken(string Value, DateTimeOffset ExpiresAt)
    {
        public bool IsFreshAt(DateTimeOffset now) => now < ExpiresAt - RenewBeforeExpiry;
    }
}

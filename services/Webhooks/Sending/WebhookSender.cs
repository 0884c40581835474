using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using PromoMonth.Webhooks.Domain;
using PromoMonth.Webhooks.Infrastructure;
using StandardWebhooks;

namespace PromoMonth.Webhooks.Sending;

/// <summary>
/// Sends one attempt of a delivery as Standard Webhooks has it: <c>webhook-id</c>, <c>webhook-timestamp</c> and
/// <c>webhook-signature</c> (one <c>v1,</c> signature per secret in force), redirects not followed, the time bounded and
/// no more of the answer read than is kept.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";

    private readonly HttpClient _client;
    private readonly IOptions<WebhooksOptions> _options;

    public WebhookSender(ReceiverPolicy policy, IOptions<WebhooksOptions> options)
    {
        _options = options;
        // Not from IHttpClientFactory: the shared resilience pipeline would retry on its own schedule, doubling attempts
        // that the delivery table counts, and its connections would not pass the address guard.
        _client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectCallback = GuardedConnection.For(policy),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            UseCookies = false,
            UseProxy = false,
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("PromoMonth-Webhooks/1.0");
    }

    public async Task<AttemptResult> SendAsync(
        Uri url, string webhookId, string body, IReadOnlyList<string> secrets, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(IdHeader, webhookId);
        request.Headers.Add(TimestampHeader, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(
            SignatureHeader, string.Join(' ', secrets.Select(secret => new StandardWebhook(secret).Sign(webhookId, now, body))));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Value.Delivery.Timeout);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return new AttemptResult((int)response.StatusCode, await ReadStartAsync(response, timeout.Token));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new AttemptResult(null, $"No answer within {_options.Value.Delivery.Timeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException exception)
        {
            return new AttemptResult(null, exception.Message);
        }
    }

    public void Dispose() => _client.Dispose();

    /// <summary>At most <see cref="Delivery.AnswerLength"/> characters of the answer; the rest is never read.</summary>
    private static async Task<string?> ReadStartAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var buffer = new byte[Delivery.AnswerLength * 4];
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var read = 0;
        int last;
        while (read < buffer.Length && (last = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += last;
        }
        if (read == 0)
        {
            return null;
        }
        var text = Encoding.UTF8.GetString(buffer, 0, read);
        return text.Length > Delivery.AnswerLength ? text[..Delivery.AnswerLength] : text;
    }
}

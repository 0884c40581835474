using System.Net;

namespace PromoMonth.DataGenerator;

/// <summary>
/// Sends a request again when the answer is "not now": 429 (after the gateway's Retry-After), 5xx, a timeout or a
/// dropped connection. Registration is idempotent by credit code and a workflow step that already took effect answers
/// 409, which the caller reads with <see cref="ApiResult.Attempts"/>. Only an activity draft whose first answer was lost
/// can end up twice, as an extra draft nobody submits: acceptable for demo data.
/// </summary>
public sealed class ResilientSender(HttpClient http, RunStatistics statistics)
{
    /// <summary>Server errors and timeouts: three more tries, then the failure is reported.</summary>
    public const int MaxTransientRetries = 3;

    /// <summary>
    /// Throttling is the gateway doing its job, not a fault, and Retry-After says exactly when to come back; a
    /// benchmark run at high parallelism would otherwise fail for being fast. It has its own, larger budget.
    /// </summary>
    public const int MaxThrottledRetries = 10;

    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    /// <param name="buildRequest">Called for every attempt: a request message and its content can be sent only once.</param>
    public async Task<ApiResult> SendAsync(
        Func<CancellationToken, ValueTask<HttpRequestMessage>> buildRequest, CancellationToken cancellationToken)
    {
        var (transient, throttled, attempts) = (0, 0, 0);
        while (true)
        {
            TimeSpan delay;
            using (var request = await buildRequest(cancellationToken))
            {
                statistics.CountRequest();
                attempts++;
                try
                {
                    using var response = await http.SendAsync(request, cancellationToken);
                    var body = await response.Content.ReadAsStringAsync(cancellationToken);
                    var status = (int)response.StatusCode;
                    if (response.StatusCode == HttpStatusCode.TooManyRequests && throttled < MaxThrottledRetries)
                    {
                        delay = RetryAfter(response) ?? Backoff(throttled);
                        throttled++;
                    }
                    else if (status >= 500 && transient < MaxTransientRetries)
                    {
                        delay = RetryAfter(response) ?? Backoff(transient);
                        transient++;
                    }
                    else
                    {
                        return new ApiResult(status, body, attempts);
                    }
                }
                catch (Exception ex)
                    when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    // HttpClient.Timeout surfaces as a cancellation that is not ours; a refused connection as HttpRequestException.
                    if (transient >= MaxTransientRetries)
                    {
                        return new ApiResult(0, $"{request.Method} {request.RequestUri} got no answer: {ex.Message}", attempts);
                    }
                    delay = Backoff(transient);
                    transient++;
                }
            }
            statistics.CountRetry();
            await Task.Delay(delay, cancellationToken);
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        var wait = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return wait is null ? null
            : wait < TimeSpan.Zero ? TimeSpan.Zero
            : wait > MaxRetryAfter ? MaxRetryAfter
            : wait;
    }

    /// <summary>0.5 s doubling, with jitter so that parallel workers throttled together do not return together.</summary>
    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(500 * Math.Pow(2, Math.Min(attempt, 5)) * (0.75 + (Random.Shared.NextDouble() / 2)));
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using StackExchange.Redis;

namespace PromoMonth.ServiceDefaults.Caching;

/// <summary>
/// A circuit breaker around Redis calls made while a request waits. A stopped Redis refuses connections at once, but a
/// hung one (frozen, partitioned) keeps its connections open and answers nothing, so each call would wait out the
/// client's timeout: after two such calls the circuit opens and every caller takes its fallback at once, until one
/// probe finds Redis answering again.
/// </summary>
public sealed class RedisCircuit
{
    private readonly ResiliencePipeline _pipeline;
    private readonly TimeSpan _callTimeout;

    public RedisCircuit(IOptions<RedisCircuitOptions> options, ILogger<RedisCircuit> logger)
    {
        _callTimeout = options.Value.CallTimeout;
        _pipeline = new ResiliencePipelineBuilder()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 2,
                SamplingDuration = TimeSpan.FromSeconds(2),
                BreakDuration = options.Value.BreakDuration,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsRedisFailure),
                OnOpened = opened =>
                {
                    CacheTelemetry.RedisCircuitOpened.Add(1);
                    logger.LogWarning("Redis did not answer in time: calls fail fast for {BreakDuration}", opened.BreakDuration);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    logger.LogInformation("Redis answers again: calls go through");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>Whether an exception from <see cref="ExecuteAsync{T}"/> means "Redis unavailable, take the fallback".</summary>
    public static bool IsUnavailable(Exception ex) => ex is BrokenCircuitException || IsRedisFailure(ex);

    /// <summary>Runs one Redis call; throws <see cref="TimeoutException"/> past the call timeout, or at once while open.</summary>
    public async ValueTask<T> ExecuteAsync<T>(Func<CancellationToken, ValueTask<T>> call, CancellationToken cancellationToken) =>
        await _pipeline.ExecuteAsync(
            // The Redis client ignores cancellation, so the wait is bounded here and a late answer is dropped.
            async (timeout, token) => await call(token).AsTask().WaitAsync(timeout, token),
            _callTimeout,
            cancellationToken);

    private static bool IsRedisFailure(Exception ex) => ex is RedisException or TimeoutException or ObjectDisposedException;
}

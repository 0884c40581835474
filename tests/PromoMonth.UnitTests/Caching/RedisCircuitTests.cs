using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PromoMonth.ServiceDefaults.Caching;

namespace PromoMonth.UnitTests.Caching;

public class RedisCircuitTests
{
    private static RedisCircuit Circuit() => new(
        Options.Create(new RedisCircuitOptions { CallTimeout = TimeSpan.FromMilliseconds(50), BreakDuration = TimeSpan.FromMinutes(1) }),
        NullLogger<RedisCircuit>.Instance);

    [Fact]
    public async Task A_call_that_never_answers_fails_with_a_timeout_the_caller_treats_as_unavailable()
    {
        var never = new TaskCompletionSource<int>();

        var failure = await Assert.ThrowsAnyAsync<Exception>(async () =>
            await Circuit().ExecuteAsync(_ => new ValueTask<int>(never.Task), default));

        Assert.IsType<TimeoutException>(failure);
        Assert.True(RedisCircuit.IsUnavailable(failure));
    }

    [Fact]
    public async Task After_two_hung_calls_the_next_fails_at_once_without_calling_redis()
    {
        var circuit = Circuit();
        var never = new TaskCompletionSource<int>();
        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAsync<TimeoutException>(async () =>
                await circuit.ExecuteAsync(_ => new ValueTask<int>(never.Task), default));
        }
        var calls = 0;

        var failure = await Assert.ThrowsAnyAsync<Exception>(async () =>
            await circuit.ExecuteAsync(_ => { calls++; return ValueTask.FromResult(1); }, default));

        Assert.Equal(0, calls);
        // Polly 8's type; named so that the older Polly the test project also sees does not make it ambiguous.
        Assert.Equal("Polly.CircuitBreaker.BrokenCircuitException", failure.GetType().FullName);
        Assert.True(RedisCircuit.IsUnavailable(failure));
    }

    [Fact]
    public async Task Calls_that_answer_pass_their_result_through()
    {
        Assert.Equal(42, await Circuit().ExecuteAsync(_ => ValueTask.FromResult(42), default));
    }

    [Fact]
    public void Failures_that_are_not_redis_ones_are_not_swallowed_as_unavailable()
    {
        Assert.False(RedisCircuit.IsUnavailable(new InvalidOperationException()));
    }
}

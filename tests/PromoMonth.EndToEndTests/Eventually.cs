namespace PromoMonth.EndToEndTests;

/// <summary>The one way this suite waits for the system to catch up: a wait for a fact, never a fixed sleep.</summary>
internal static class Eventually
{
    /// <summary>Long enough for a message to cross the broker and a read model to follow on a loaded machine.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Observes until the condition holds and returns the value that satisfied it. A timeout says what was awaited
    /// and the last value seen, rather than a bare cancellation.
    /// </summary>
    public static Task<T> HoldsAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, string what) =>
        HoldsWithinAsync(Timeout, probe, condition, what);

    /// <summary>As <see cref="HoldsAsync{T}(Func{Task{T}}, Func{T, bool}, string)"/>, for a promise of its own deadline.</summary>
    public static async Task<T> HoldsWithinAsync<T>(TimeSpan timeout, Func<Task<T>> probe, Func<T, bool> condition, string what)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var last = await probe();
        while (!condition(last))
        {
            try
            {
                await Task.Delay(Interval, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}. Last observed: {Describe(last)}");
            }
            last = await probe();
        }
        return last;
    }

    /// <summary>Waits for a value to appear: the probe answers null until it does.</summary>
    public static async Task<T> FoundAsync<T>(Func<Task<T?>> probe, string what)
        where T : class =>
        (await HoldsAsync(probe, found => found is not null, what))!;

    /// <summary>Waits for a value to appear: the probe answers null until it does.</summary>
    public static async Task<T> FoundAsync<T>(Func<Task<T?>> probe, string what)
        where T : struct =>
        (await HoldsAsync(probe, found => found is not null, what)).GetValueOrDefault();

    public static Task HoldsAsync(Func<Task<bool>> probe, string what) => HoldsAsync(probe, holds => holds, what);

    public static Task HoldsAsync(Func<bool> probe, string what) => HoldsAsync(() => Task.FromResult(probe()), what);

    /// <summary>Enough of the last value to see why it did not hold; a whole page would bury the message.</summary>
    private static string Describe<T>(T value)
    {
        var text = value?.ToString() ?? "null";
        return text.Length <= 2000 ? text : text[..2000] + "…";
    }
}

namespace PromoMonth.IntegrationTests.Infrastructure;

/// <summary>The one way these tests wait: for a fact, never a fixed sleep.</summary>
internal static class Eventually
{
    /// <summary>Long enough for a delivery through the real broker, including its redelivery backoff, on a loaded machine.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    /// <summary>
    /// Polls a condition until it holds or the timeout passes. A timeout says what was awaited and the last value seen.
    /// </summary>
    public static async Task<T> HoldsAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        using var deadline = new CancellationTokenSource(limit);
        T last = default!;
        while (!deadline.IsCancellationRequested)
        {
            last = await probe();
            if (condition(last))
            {
                return last;
            }
            try
            {
                await Task.Delay(100, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        throw new TimeoutException($"Within {limit}: {what}. Last observed: {Describe(last)}");
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => text,
        System.Collections.IEnumerable items => $"[{string.Join(", ", items.Cast<object?>())}]",
        _ => value.ToString() ?? "null",
    };
}

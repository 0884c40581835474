namespace PromoMonth.IntegrationTests.Infrastructure;

internal static class Eventually
{
    /// <summary>Polls a condition until it holds or the timeout passes: a wait for a fact, never a fixed sleep.</summary>
    public static async Task<T> HoldsAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, TimeSpan timeout, string what)
    {
        using var deadline = new CancellationTokenSource(timeout);
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
        throw new TimeoutException($"Within {timeout}: {what}. Last observed: {last}");
    }
}

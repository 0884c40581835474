namespace PromoMonth.ServiceTests.Infrastructure;

internal static class Eventually
{
    /// <summary>
    /// Polls until the condition holds or the timeout passes: a wait for a fact, never a fixed sleep. A timeout says
    /// what was awaited and the last value seen.
    /// </summary>
    public static async Task<T> HoldsAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        using var deadline = new CancellationTokenSource(limit);
        var last = await probe();
        while (!condition(last))
        {
            try
            {
                await Task.Delay(100, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Within {limit}: {what}. Last observed: {last}");
            }
            last = await probe();
        }
        return last;
    }
}

namespace PromoMonth.FaultTests;

/// <summary>
/// Waits for effects to arrive, then counts them: the waits end on a fact or a time limit, never a fixed sleep. The one
/// polling loop of the fault suite.
/// </summary>
internal static class Settled
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Polls until the count reaches <paramref name="expected"/> (or the limit passes), then, after a few more seconds to
    /// let any duplicate land, counts again.
    /// </summary>
    public static async Task<int> CountAsync(Func<Task<int>> count, int expected)
    {
        await ReachedAsync(count, counted => counted >= expected);
        await Task.Delay(TimeSpan.FromSeconds(3));
        return await count();
    }

    /// <summary>
    /// Polls until the condition holds or the limit passes, and answers the last value seen either way: in a fault
    /// scenario a value that never settled is an outcome to report, not an exception.
    /// </summary>
    public static async Task<(bool Held, T? Last)> ReachedAsync<T>(Func<Task<T>> probe, Func<T, bool> condition)
    {
        using var deadline = new CancellationTokenSource(Limit);
        var last = default(T);
        while (true)
        {
            try
            {
                last = await probe();
                if (condition(last))
                {
                    return (true, last);
                }
            }
            catch (HttpRequestException)
            {
                // A part still coming back: ask again.
            }
            if (deadline.IsCancellationRequested)
            {
                return (false, last);
            }
            await Task.Delay(Interval, CancellationToken.None);
        }
    }

    public static async Task<bool> ReachedAsync(Func<Task<bool>> probe) => (await ReachedAsync(probe, holds => holds)).Held;

    /// <summary>For what a scenario cannot go on without: fails saying what it waited for and the last value seen.</summary>
    public static async Task<T> HoldsAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, string what)
    {
        var (held, last) = await ReachedAsync(probe, condition);
        return held ? last! : throw new TimeoutException($"Within {Limit}: {what}. Last observed: {last?.ToString() ?? "no answer"}");
    }

    /// <summary>Lost: acknowledged but absent in the service or its consumer; doubled: more effects than acknowledged cases.</summary>
    public static FaultOutcome Outcome(string scenario, int sent, int acknowledged, int held, int counted, string note) =>
        new(scenario, sent, acknowledged, Math.Min(held, counted),
            Math.Max(0, held - acknowledged) + Math.Max(0, counted - acknowledged),
            Math.Max(0, acknowledged - Math.Min(held, counted)), note);
}

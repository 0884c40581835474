namespace PromoMonth.FaultTests;

/// <summary>Waits for effects to arrive, then counts them: the waits end on a fact or a time limit, never a fixed sleep.</summary>
internal static class Settled
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>Polls until the count reaches <paramref name="expected"/> (or the limit passes), then, after a few more seconds to let any duplicate land, counts again.</summary>
    public static async Task<int> CountAsync(Func<Task<int>> count, int expected)
    {
        await ReachedAsync(async () => await count() >= expected);
        await Task.Delay(TimeSpan.FromSeconds(3));
        return await count();
    }

    public static async Task<bool> ReachedAsync(Func<Task<bool>> probe)
    {
        using var deadline = new CancellationTokenSource(Limit);
        while (!deadline.IsCancellationRequested)
        {
            try
            {
                if (await probe())
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // A part still coming back: ask again.
            }
            await Task.Delay(250, CancellationToken.None);
        }
        return false;
    }

    /// <summary>Lost: acknowledged but absent in the service or its consumer; doubled: more effects than acknowledged cases.</summary>
    public static FaultOutcome Outcome(string scenario, int sent, int acknowledged, int held, int counted, string note) =>
        new(scenario, sent, acknowledged, Math.Min(held, counted),
            Math.Max(0, held - acknowledged) + Math.Max(0, counted - acknowledged),
            Math.Max(0, acknowledged - Math.Min(held, counted)), note);
}

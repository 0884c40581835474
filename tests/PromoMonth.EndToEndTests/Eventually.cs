namespace PromoMonth.EndToEndTests;

internal static class Eventually
{
    /// <summary>Polls until the probe holds, within a minute: a wait for a fact, never a fixed sleep.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> probe)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!await probe())
        {
            await Task.Delay(250, deadline.Token);
        }
    }
}

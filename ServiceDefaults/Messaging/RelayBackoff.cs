namespace PromoMonth.ServiceDefaults.Messaging;

/// <summary>Exponential backoff for rows whose publish failed: 0.5 s, 1 s, 2 s, ... capped.</summary>
public static class RelayBackoff
{
    public static TimeSpan After(int attempts, TimeSpan max)
    {
        if (attempts <= 0)
        {
            return TimeSpan.Zero;
        }
        var seconds = 0.5 * Math.Pow(2, Math.Min(attempts - 1, 20));
        return TimeSpan.FromSeconds(Math.Min(seconds, max.TotalSeconds));
    }
}

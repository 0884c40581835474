namespace PromoMonth.ServiceDefaults.Caching;

/// <summary>Redis:Circuit. How long a Redis call on a request path may take, and how long a tripped circuit stays open.</summary>
public sealed class RedisCircuitOptions
{
    public const string Section = "Redis:Circuit";

    /// <summary>A local Redis answers in well under a millisecond; a call this slow means Redis is hung, not busy.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>While open, calls fail at once; after it one call probes whether Redis answers again.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);
}

namespace PromoMonth.Gateway;

/// <summary>A token bucket: <see cref="TokenLimit"/> requests at once, refilled by <see cref="TokensPerPeriod"/> every period.</summary>
public sealed class TokenBucket
{
    public int TokenLimit { get; set; }
    public int TokensPerPeriod { get; set; }
    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>Gateway:RateLimits. Buckets live in Redis, so a limit holds across gateway replicas.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Each authenticated client (by client id).</summary>
    public TokenBucket PerClient { get; set; } = new() { TokenLimit = 400, TokensPerPeriod = 200 };

    /// <summary>Each caller address on anonymous routes (catalog, verification, token endpoint).</summary>
    public TokenBucket PerAddress { get; set; } = new() { TokenLimit = 200, TokensPerPeriod = 100 };

    /// <summary>Per-client overrides by client id, for partners with agreed volumes.</summary>
    public Dictionary<string, TokenBucket> Clients { get; set; } = [];
}

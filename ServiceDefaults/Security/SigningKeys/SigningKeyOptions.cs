namespace PromoMonth.ServiceDefaults.Security.SigningKeys;

/// <summary>When a service's signing keys rotate ({section}:SigningKeys).</summary>
public sealed class SigningKeyOptions
{
    /// <summary>How long a key signs before the next one takes over.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a new key is published before it signs: longer than any verifier's JWKS refresh.</summary>
    public TimeSpan PublishAhead { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often each replica looks at the stored keys (rotates, retires, picks up another replica's key).</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Margin for clocks that disagree, added to how long a retired key stays published.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);
}

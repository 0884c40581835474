namespace PromoMonth.ServiceDefaults.Security.SigningKeys;

/// <summary>
/// The rotation's time spans. A retired key stays published for as long as something it signed can be valid (the
/// longest signed lifetime), plus a check interval (another replica may sign with it that much longer) and clock skew.
/// </summary>
public sealed record SigningKeySchedule(TimeSpan Lifetime, TimeSpan PublishAhead, TimeSpan RetiredKeyPublished)
{
    public static SigningKeySchedule From(SigningKeyOptions options, TimeSpan longestSignedLifetime)
    {
        if (options.PublishAhead <= options.CheckInterval || options.Lifetime <= options.PublishAhead)
        {
            throw new InvalidOperationException(
                "SigningKeys needs CheckInterval < PublishAhead < Lifetime, so that every replica publishes a key before it signs.");
        }
        return new(options.Lifetime, options.PublishAhead, longestSignedLifetime + options.CheckInterval + options.ClockSkew);
    }
}

namespace PromoMonth.Identity.Infrastructure;

/// <summary>
/// The rotation's time spans. A retired key stays published for as long as a token it signed can live (the longest
/// access token lifetime), plus a check interval (another replica may sign with it that much longer) and clock skew.
/// </summary>
public sealed record SigningKeySchedule(TimeSpan Lifetime, TimeSpan PublishAhead, TimeSpan RetiredKeyPublished)
{
    public static SigningKeySchedule From(SigningKeyOptions options, TimeSpan longestTokenLifetime)
    {
        if (options.PublishAhead <= options.CheckInterval || options.Lifetime <= options.PublishAhead)
        {
            throw new InvalidOperationException(
                "Identity:SigningKeys needs CheckInterval < PublishAhead < Lifetime, " +
                "so that every replica publishes a key before it signs.");
        }
        return new(options.Lifetime, options.PublishAhead, longestTokenLifetime + options.CheckInterval + options.ClockSkew);
    }
}

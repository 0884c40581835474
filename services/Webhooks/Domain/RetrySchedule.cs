namespace PromoMonth.Webhooks.Domain;

/// <summary>
/// How long to wait after each failed attempt before the next; when the list is spent the delivery fails. The default
/// is Standard Webhooks' own example (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h): eight attempts over about 28 hours.
/// </summary>
public sealed class RetrySchedule
{
    public static readonly RetrySchedule Default = Parse("00:00:05,00:05:00,00:30:00,02:00:00,05:00:00,10:00:00,10:00:00");

    private readonly TimeSpan[] _delays;

    public RetrySchedule(IEnumerable<TimeSpan> delays)
    {
        _delays = [.. delays];
        if (_delays.Any(d => d <= TimeSpan.Zero))
        {
            throw new ArgumentException("Every delay of a retry schedule is positive.", nameof(delays));
        }
    }

    public IReadOnlyList<TimeSpan> Delays => _delays;

    /// <summary>The whole window from the first attempt to the last.</summary>
    public TimeSpan Window => _delays.Aggregate(TimeSpan.Zero, (sum, delay) => sum + delay);

    /// <summary>The wait after <paramref name="failedAttempts"/> failed attempts, or null when none is left.</summary>
    public TimeSpan? DelayAfter(int failedAttempts) =>
        failedAttempts >= 1 && failedAttempts <= _delays.Length ? _delays[failedAttempts - 1] : null;

    /// <summary>Comma-separated <c>hh:mm:ss</c> delays, as the setting Webhooks:Delivery:RetrySchedule has them.</summary>
    public static RetrySchedule Parse(string text) => new(text
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(part => TimeSpan.Parse(part, System.Globalization.CultureInfo.InvariantCulture)));
}

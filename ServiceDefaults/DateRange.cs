using PromoMonth.ServiceDefaults.Validation;
namespace PromoMonth.ServiceDefaults;

/// <summary>
/// A date range from a query, as every route with one reads it: either calendar days in Asia/Shanghai (the campaign's
/// calendar, both ends inclusive) or instants. Each end may be open; the start may not follow the end. Days too early
/// or too late for their Shanghai midnight to be an instant (year 1, year 9999) leave that end open instead of
/// overflowing, so that <c>from=0001-01-01</c> means "since the beginning".
/// </summary>
public sealed record DateRange
{
    private DateRange(DateOnly? firstDay, DateOnly? lastDay, DateTimeOffset? start, DateTimeOffset? end) =>
        (FirstDay, LastDay, Start, End) = (firstDay, lastDay, start, end);

    /// <summary>The first day asked for, inclusive (day ranges only).</summary>
    public DateOnly? FirstDay { get; }

    /// <summary>The last day asked for, inclusive (day ranges only).</summary>
    public DateOnly? LastDay { get; }

    /// <summary>The first instant in the range, or none where it is open.</summary>
    public DateTimeOffset? Start { get; }

    /// <summary>The first instant after the range (days) or its last instant (instants), or none where it is open.</summary>
    public DateTimeOffset? End { get; }

    public static readonly DateRange Unbounded = new(null, null, null, null);

    /// <summary>Shanghai days <paramref name="from"/> to <paramref name="to"/>, both inclusive; reversed is an error.</summary>
    public static DateRange OfDays(DateOnly? from, DateOnly? to, RequestErrors errors,
        string fromName = "from", string toName = "to")
    {
        if (from > to)
        {
            errors.Add(fromName, $"{fromName} ({from:yyyy-MM-dd}) is after {toName} ({to:yyyy-MM-dd}).");
            return Unbounded;
        }
        var start = from is { } first ? Open(ShanghaiCalendar.StartOf(first)) : null;
        var end = to is { } last ? Open(ShanghaiCalendar.EndOf(last)) : null;
        return new DateRange(from, to, start, end);
    }

    /// <summary>
    /// Instants <paramref name="start"/> to <paramref name="end"/>, inclusive; a missing end is <paramref name="now"/>,
    /// a missing start <paramref name="span"/> before the end; longer than <paramref name="span"/> or reversed is named in
    /// <paramref name="errors"/>.
    /// </summary>
    public static DateRange OfInstants(DateTimeOffset? start, DateTimeOffset? end, DateTimeOffset now, TimeSpan span,
        RequestErrors errors, string startName = "start", string endName = "end")
    {
        var last = end ?? now;
        var first = start ?? (last - DateTimeOffset.MinValue > span ? last - span : DateTimeOffset.MinValue);
        if (first > last)
        {
            errors.Add(startName, $"{startName} is after {endName}.");
            return Unbounded;
        }
        if (last - first > span)
        {
            errors.Add(startName, $"{startName} to {endName} spans at most {span.TotalDays:0} days.");
            return Unbounded;
        }
        return new DateRange(null, null, first, last);
    }

    /// <summary>No bound where the calendar had to clamp to the smallest or largest instant.</summary>
    private static DateTimeOffset? Open(DateTimeOffset bound) =>
        bound == DateTimeOffset.MinValue || bound == DateTimeOffset.MaxValue ? null : bound;
}

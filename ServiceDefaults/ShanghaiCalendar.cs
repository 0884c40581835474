namespace PromoMonth.ServiceDefaults;

/// <summary>
/// Calendar days in Asia/Shanghai, the campaign's calendar, safe at the edges of what an instant can carry: the day
/// of an instant and the instants a day starts and ends at never throw, however early or late the value a partner
/// sent (year 1, year 9999, offsets of ±14 h); they clamp to the smallest and largest instant and day instead.
/// </summary>
public static class ShanghaiCalendar
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    // Before 1901 Shanghai kept local mean time (+08:05:43), which no DateTimeOffset can carry; +08:00 stands in for it.
    private static readonly DateOnly FirstStandardDay = new(1901, 1, 1);
    private static readonly TimeSpan Standard = TimeSpan.FromHours(8);
    private static readonly DateTime LastDayStartsUtc = new(9999, 12, 30, 16, 0, 0, DateTimeKind.Utc);

    /// <summary>The Shanghai calendar day <paramref name="instant"/> falls on.</summary>
    public static DateOnly DayOf(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        if (utc >= LastDayStartsUtc)
        {
            return DateOnly.MaxValue;
        }
        var local = utc < FirstStandardDay.ToDateTime(TimeOnly.MinValue) ? utc + Standard : TimeZoneInfo.ConvertTimeFromUtc(utc, Zone);
        return DateOnly.FromDateTime(local);
    }

    /// <summary>Shanghai midnight starting <paramref name="day"/>, or the smallest or largest instant where it lies beyond them.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        var offset = day < FirstStandardDay ? Standard : Zone.GetUtcOffset(midnight);
        var utcTicks = midnight.Ticks - offset.Ticks;
        return utcTicks < 0 ? DateTimeOffset.MinValue
            : utcTicks > DateTime.MaxValue.Ticks ? DateTimeOffset.MaxValue
            : new DateTimeOffset(utcTicks, TimeSpan.Zero);
    }

    /// <summary>The first instant after the Shanghai day <paramref name="day"/> (the largest instant for the last day there is).</summary>
    public static DateTimeOffset EndOf(DateOnly day) => day == DateOnly.MaxValue ? DateTimeOffset.MaxValue : StartOf(day.AddDays(1));
}

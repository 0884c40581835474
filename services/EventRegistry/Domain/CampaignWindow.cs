namespace PromoMonth.EventRegistry.Domain;

/// <summary>A campaign's dates, inclusive, as calendar days in Asia/Shanghai (the campaign's own calendar).</summary>
public sealed record CampaignWindow(DateOnly Start, DateOnly End)
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>
    /// Whether an activity running from <paramref name="startsAt"/> to <paramref name="endsAt"/> lies wholly inside the
    /// window. Activities outside are allowed (the notice asks to widen the time span) but flagged.
    /// </summary>
    public bool Contains(DateTimeOffset startsAt, DateTimeOffset endsAt) =>
        LocalDate(startsAt) >= Start && LocalDate(endsAt) <= End;

    public static DateOnly LocalDate(DateTimeOffset instant) => PromoMonth.ServiceDefaults.ShanghaiCalendar.DayOf(instant);
}

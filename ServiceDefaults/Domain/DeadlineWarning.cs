using PromoMonth.Contracts;

namespace PromoMonth.ServiceDefaults.Domain;

/// <summary>
/// When a deadline's warning falls due: at the start of the first Shanghai day from which no more than the lead's
/// working days remain before the deadline. One rule for the statutory clocks of cases and the due times of periods.
/// </summary>
public static class DeadlineWarning
{
    /// <summary>The lead the rules' handlers asked for: one working day.</summary>
    public const int DefaultLeadWorkingDays = 1;

    /// <param name="dueAt">The instant the deadline passes (a clock that ends with a day is due at the next midnight).</param>
    public static DateTimeOffset StartsAt(DateTimeOffset dueAt, int leadWorkingDays, WorkdayCalendar calendar)
    {
        // The last day the deadline still allows: the due instant's own day, or the day before a midnight deadline.
        var lastDay = ShanghaiCalendar.DayOf(dueAt == DateTimeOffset.MinValue ? dueAt : dueAt.AddTicks(-1));
        var startsAt = ShanghaiCalendar.StartOf(calendar.FirstDayWithin(lastDay, leadWorkingDays));
        return startsAt < dueAt ? startsAt : dueAt;
    }

    /// <summary>Whether a warning of the deadline is due at <paramref name="now"/>: inside the lead, before the deadline.</summary>
    public static bool IsDue(DateTimeOffset dueAt, DateTimeOffset now, int leadWorkingDays, WorkdayCalendar calendar) =>
        now < dueAt && now >= StartsAt(dueAt, leadWorkingDays, calendar);

    /// <summary>
    /// The latest due instant whose warning is due at <paramref name="now"/>: a watch asks its store for the deadlines
    /// up to it (and not passed), and every one it finds is warned of.
    /// </summary>
    public static DateTimeOffset LatestDueWarnedAt(DateTimeOffset now, int leadWorkingDays, WorkdayCalendar calendar)
    {
        // The day before the (lead + 1)-th working day counted from today on is the last day at most the lead remains.
        var today = ShanghaiCalendar.DayOf(now);
        return ShanghaiCalendar.EndOf(calendar.AddWorkingDays(today.AddDays(-1), leadWorkingDays + 1).AddDays(-1));
    }
}

using PromoMonth.Contracts;

namespace PromoMonth.Statistics.Domain.Periods;

/// <summary>
/// Deadline arithmetic in Asia/Shanghai, where the campaign runs: a period due on a date is due at the end of that
/// day (the next midnight, Shanghai time). The grace is counted in working days from the due day, the due day itself
/// not counted, across the State Council's holiday schedule; with no grace the report locks when it falls due.
/// </summary>
public static class PeriodDeadlines
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTimeOffset EndOfDay(DateOnly day) => PromoMonth.ServiceDefaults.ShanghaiCalendar.EndOf(day);

    public static DateOnly ShanghaiDay(DateTimeOffset at) => PromoMonth.ServiceDefaults.ShanghaiCalendar.DayOf(at);

    public static DateTimeOffset LockAt(DateTimeOffset dueAt, int graceWorkingDays, WorkdayCalendar calendar)
    {
        if (graceWorkingDays == 0)
        {
            return dueAt;
        }
        // A due time at midnight belongs to the day before it: "due 2020-09-25" is due at 2020-09-26 00:00.
        var dueDay = ShanghaiDay(dueAt.AddTicks(-1));
        return EndOfDay(calendar.AddWorkingDays(dueDay, graceWorkingDays));
    }
}

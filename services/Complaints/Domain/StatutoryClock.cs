using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults;

namespace PromoMonth.Complaints.Domain;

/// <summary>
/// Deadlines of the SAMR rules for complaints and reports, counted in working days: the day that starts a clock
/// (receipt, acceptance) is not counted, and a deadline falls due at the end of its day in Asia/Shanghai.
/// </summary>
public static class StatutoryClock
{
    /// <summary>Decide acceptance (and tell the complainant) within 7 working days of receipt.</summary>
    public const int AcceptanceWorkingDays = 7;

    /// <summary>Mediation ends if no agreement is reached within 45 working days of acceptance.</summary>
    public const int MediationWorkingDays = 45;

    /// <summary>A report of a violation (举报) is verified within 15 working days of receipt.</summary>
    public const int ReportVerificationWorkingDays = 15;

    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTimeOffset DueAfter(DateTimeOffset started, int workingDays, WorkdayCalendar calendar)
    {
        var startDay = ShanghaiCalendar.DayOf(started);
        return EndOfDay(calendar.AddWorkingDays(startDay, workingDays));
    }

    /// <summary>
    /// A deadline moved later by <paramref name="workingDays"/>: the last day it allowed becomes the day that many
    /// working days after it, and the deadline again falls due at the end of its day.
    /// </summary>
    public static DateTimeOffset MovedBy(DateTimeOffset dueAt, int workingDays, WorkdayCalendar calendar) =>
        workingDays == 0 ? dueAt : EndOfDay(calendar.AddWorkingDays(ShanghaiCalendar.DayOf(dueAt.AddTicks(-1)), workingDays));

    /// <summary>
    /// The working days a suspension from <paramref name="since"/> to <paramref name="until"/> kept the clocks still.
    /// Periods are counted as Chinese law counts them (Civil Code art. 201: the day a period starts is not counted), so
    /// a suspension is the working days after the day it began up to and including the day it ended: one that starts
    /// and ends on the same day moves no deadline, one from a Monday to the Tuesday moves each by one working day.
    /// </summary>
    public static int SuspendedWorkingDays(DateTimeOffset since, DateTimeOffset until, WorkdayCalendar calendar) =>
        calendar.WorkingDaysAfter(ShanghaiCalendar.DayOf(since), ShanghaiCalendar.DayOf(until));

    /// <summary>The first instant after the Shanghai day <paramref name="day"/>.</summary>
    public static DateTimeOffset EndOfDay(DateOnly day) => ShanghaiCalendar.EndOf(day);
}

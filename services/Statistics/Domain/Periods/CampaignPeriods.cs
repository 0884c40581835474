using PromoMonth.Contracts;

namespace PromoMonth.Statistics.Domain.Periods;

/// <summary>
/// The periods of the 2020 notice: the first two weeks (due 2020-09-25), the whole campaign (due 2020-10-15), and
/// one daily tracking period per campaign day, due at the end of the next day.
/// </summary>
public static class CampaignPeriods
{
    public const int DefaultGraceWorkingDays = 3;

    public static readonly DateOnly CampaignStart = new(2020, 9, 9);
    public static readonly DateOnly CampaignEnd = new(2020, 10, 8);

    public static string DailyCode(DateOnly day) => $"2020-daily-{day:MMdd}";

    public static IEnumerable<ReportingPeriod> For2020(WorkdayCalendar calendar)
    {
        yield return Create("2020-first-two-weeks", PeriodKind.Interim, "前两周 (first two weeks)", CampaignStart, new(2020, 9, 22),
            new(2020, 9, 25), calendar);
        yield return Create("2020-whole-campaign", PeriodKind.Final, "活动总结 (whole campaign)", CampaignStart, CampaignEnd,
            new(2020, 10, 15), calendar);
        for (var day = CampaignStart; day <= CampaignEnd; day = day.AddDays(1))
        {
            yield return Create(DailyCode(day), PeriodKind.Daily, $"{day:yyyy-MM-dd} 动态跟踪 (daily tracking)", day, day, day.AddDays(1),
                calendar);
        }
    }

    private static ReportingPeriod Create(string code, PeriodKind kind, string name, DateOnly starts, DateOnly ends, DateOnly due,
        WorkdayCalendar calendar) =>
        ReportingPeriod.Open(new(code, "2020", kind, name, starts, ends, PeriodDeadlines.EndOfDay(due), DefaultGraceWorkingDays), calendar);
}

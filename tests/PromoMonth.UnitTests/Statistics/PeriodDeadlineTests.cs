using Microsoft.Extensions.Time.Testing;
using PromoMonth.Contracts;
using PromoMonth.Statistics.Domain.Periods;

namespace PromoMonth.UnitTests.Statistics;

public sealed class PeriodDeadlineTests
{
    private static readonly List<ReportingPeriod> Periods = [.. CampaignPeriods.For2020(WorkdayCalendar.China)];

    private static ReportingPeriod Period(string code) => Periods.Single(p => p.Code == code);

    private static DateTimeOffset Shanghai(int month, int day, int hour = 0, int minute = 0) =>
        new(2020, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    [Fact]
    public void The_2020_campaign_has_two_reports_and_a_daily_tracking_period_for_each_of_its_thirty_days()
    {
        Assert.Equal(32, Periods.Count);
        Assert.Equal(30, Periods.Count(p => p.Kind == PeriodKind.Daily));
        Assert.Equal((new DateOnly(2020, 9, 9), new DateOnly(2020, 9, 22)), (Period("2020-first-two-weeks").StartsOn,
            Period("2020-first-two-weeks").EndsOn));
    }

    [Fact]
    public void A_period_due_on_a_date_is_due_at_the_end_of_that_day_in_Shanghai()
    {
        var firstTwoWeeks = Period("2020-first-two-weeks");

        Assert.Equal(Shanghai(9, 26), firstTwoWeeks.DueAt);
        Assert.False(firstTwoWeeks.IsLate(Shanghai(9, 25, 23, 59)));
        Assert.True(firstTwoWeeks.IsLate(Shanghai(9, 26, 0, 1)));
    }

    [Fact]
    public void The_grace_counts_the_Sunday_make_up_working_day_before_National_Day()
    {
        // Due Friday 25 September; 27 September (Sunday) was a working day: the third working day after is the 29th.
        Assert.Equal(Shanghai(9, 30), Period("2020-first-two-weeks").LockAt);
    }

    [Fact]
    public void A_daily_report_due_on_National_Day_locks_after_the_holiday_on_the_Saturday_make_up_day()
    {
        // 30 September's tracking is due at the end of 1 October; two working days of grace skip 1-8 October and
        // land on Friday 9 and Saturday 10 October (a make-up working day).
        var lastSeptemberDay = Period(CampaignPeriods.DailyCode(new DateOnly(2020, 9, 30)));

        Assert.Equal(Shanghai(10, 2), lastSeptemberDay.DueAt);
        lastSeptemberDay.SetGrace(2, WorkdayCalendar.China);
        Assert.Equal(Shanghai(10, 11), lastSeptemberDay.LockAt);

        var clock = new FakeTimeProvider(Shanghai(10, 5, 12));
        Assert.True(lastSeptemberDay.IsLate(clock.GetUtcNow()));
        Assert.False(lastSeptemberDay.IsLocked(clock.GetUtcNow()));
        clock.SetUtcNow(Shanghai(10, 10, 23, 59));
        Assert.False(lastSeptemberDay.IsLocked(clock.GetUtcNow()));
        clock.SetUtcNow(Shanghai(10, 11));
        Assert.True(lastSeptemberDay.IsLocked(clock.GetUtcNow()));
    }

    [Fact]
    public void Without_grace_a_report_locks_when_it_falls_due()
    {
        var wholeCampaign = Period("2020-whole-campaign");
        wholeCampaign.SetGrace(0, WorkdayCalendar.China);

        Assert.Equal(Shanghai(10, 16), wholeCampaign.DueAt);
        Assert.Equal(wholeCampaign.DueAt, wholeCampaign.LockAt);
    }
}

using PromoMonth.Complaints.Domain;
using PromoMonth.Contracts;

namespace PromoMonth.UnitTests.Complaints;

public sealed class StatutoryClockTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly WorkdayCalendar Calendar = WorkdayCalendar.China;

    [Theory]
    [InlineData("2020-09-27", true)]   // Sunday, make-up working day
    [InlineData("2020-10-01", false)]  // Thursday, National Day
    [InlineData("2020-10-08", false)]  // Thursday, still the break
    [InlineData("2020-10-09", true)]   // Friday
    [InlineData("2020-10-10", true)]   // Saturday, make-up working day
    [InlineData("2020-10-11", false)]  // Sunday
    [InlineData("2020-09-26", false)]  // Saturday
    public void Knows_the_2020_National_Day_break_and_its_make_up_days(string date, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Acceptance_of_a_complaint_received_just_before_the_break_is_due_after_it()
    {
        // Received Wed 2020-09-30 (not counted). Working days: 09 (Fri), 10 (Sat, make-up), 12, 13, 14, 15, 16 → 7th is Fri 10-16.
        var received = new DateTimeOffset(2020, 9, 30, 15, 0, 0, Beijing);

        var due = StatutoryClock.DueAfter(received, StatutoryClock.AcceptanceWorkingDays, Calendar);

        Assert.Equal(new DateTimeOffset(2020, 10, 17, 0, 0, 0, Beijing), due);
    }

    [Fact]
    public void The_receipt_day_is_not_counted_and_the_deadline_ends_with_its_day_in_Shanghai()
    {
        // Received Mon 2020-09-21 23:30 Shanghai (15:30Z): 7 working days are 22, 23, 24, 25, 27 (Sun, make-up), 28, 29.
        var received = new DateTimeOffset(2020, 9, 21, 15, 30, 0, TimeSpan.Zero);

        var due = StatutoryClock.DueAfter(received, StatutoryClock.AcceptanceWorkingDays, Calendar);

        Assert.Equal(new DateTimeOffset(2020, 9, 30, 0, 0, 0, Beijing), due);
    }

    [Fact]
    public void A_receipt_on_a_holiday_starts_counting_from_the_next_working_day()
    {
        var received = new DateTimeOffset(2020, 10, 3, 10, 0, 0, Beijing);

        Assert.Equal(new DateOnly(2020, 10, 9), Calendar.AddWorkingDays(new DateOnly(2020, 10, 3), 1));
        // 15 working days: 10-09, 10-10 (make-up), 12-16, 19-23, 26, 27, 28 → due at the end of Wed 10-28.
        Assert.Equal(
            new DateTimeOffset(2020, 10, 29, 0, 0, 0, Beijing),
            StatutoryClock.DueAfter(received, StatutoryClock.ReportVerificationWorkingDays, Calendar));
    }

    [Fact]
    public void Years_outside_the_schedule_count_Monday_to_Friday_and_say_so()
    {
        Assert.False(Calendar.Covers(new DateOnly(2026, 10, 1)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 10, 1)));
        Assert.True(Calendar.Covers(new DateOnly(2021, 2, 11)));
    }
}

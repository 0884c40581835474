using PromoMonth.ServiceDefaults;

namespace PromoMonth.UnitTests.Conventions;

public sealed class ShanghaiCalendarTests
{
    [Fact]
    public void A_day_runs_from_one_Shanghai_midnight_to_the_next()
    {
        var day = new DateOnly(2020, 9, 9);

        Assert.Equal(new DateTimeOffset(2020, 9, 8, 16, 0, 0, TimeSpan.Zero), ShanghaiCalendar.StartOf(day));
        Assert.Equal(new DateTimeOffset(2020, 9, 9, 16, 0, 0, TimeSpan.Zero), ShanghaiCalendar.EndOf(day));
        Assert.Equal(day, ShanghaiCalendar.DayOf(new DateTimeOffset(2020, 9, 8, 16, 0, 0, TimeSpan.Zero)));
        Assert.Equal(day.AddDays(-1), ShanghaiCalendar.DayOf(new DateTimeOffset(2020, 9, 8, 15, 59, 59, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00+00:00", "0001-01-01")]
    [InlineData("0001-01-01T00:00:00-14:00", "0001-01-01")]
    [InlineData("1900-06-01T00:00:00+00:00", "1900-06-01")]
    [InlineData("9999-12-30T15:59:59+00:00", "9999-12-30")]
    [InlineData("9999-12-31T09:59:59+14:00", "9999-12-31")]
    [InlineData("9999-12-31T23:59:59.9999999+00:00", "9999-12-31")]
    public void The_day_of_the_smallest_and_largest_instants_is_a_day_not_an_overflow(string instant, string day)
    {
        Assert.Equal(DateOnly.Parse(day), ShanghaiCalendar.DayOf(DateTimeOffset.Parse(instant)));
    }

    [Fact]
    public void The_first_and_last_days_clamp_to_the_smallest_and_largest_instants()
    {
        Assert.Equal(DateTimeOffset.MinValue, ShanghaiCalendar.StartOf(DateOnly.MinValue));
        Assert.Equal(new DateTimeOffset(1, 1, 1, 16, 0, 0, TimeSpan.Zero), ShanghaiCalendar.EndOf(DateOnly.MinValue));
        Assert.Equal(DateTimeOffset.MaxValue, ShanghaiCalendar.EndOf(DateOnly.MaxValue));
        Assert.Equal(new DateTimeOffset(9999, 12, 30, 16, 0, 0, TimeSpan.Zero), ShanghaiCalendar.StartOf(DateOnly.MaxValue));
    }
}

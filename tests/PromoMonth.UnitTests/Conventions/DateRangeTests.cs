using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.UnitTests.Conventions;

public sealed class DateRangeTests
{
    private static readonly DateTimeOffset Now = new(2020, 9, 20, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Days_run_from_Shanghai_midnight_to_the_next_midnight_after_the_last_day()
    {
        var errors = new RequestErrors();

        var range = DateRange.OfDays(new DateOnly(2020, 9, 9), new DateOnly(2020, 10, 8), errors);

        Assert.False(errors.Any, errors.ToString());
        Assert.Equal(new DateTimeOffset(2020, 9, 8, 16, 0, 0, TimeSpan.Zero), range.Start);
        Assert.Equal(new DateTimeOffset(2020, 10, 8, 16, 0, 0, TimeSpan.Zero), range.End);
        Assert.Equal((new DateOnly(2020, 9, 9), new DateOnly(2020, 10, 8)), (range.FirstDay!.Value, range.LastDay!.Value));
    }

    [Theory]
    [InlineData("0001-01-01", null)]
    [InlineData("0001-01-01", "0001-01-01")]
    [InlineData(null, "9999-12-31")]
    [InlineData("9999-12-31", "9999-12-31")]
    [InlineData("1900-12-31", "9999-12-30")]
    public void The_smallest_and_largest_days_leave_that_end_open_instead_of_overflowing(string? from, string? to)
    {
        var errors = new RequestErrors();

        var range = DateRange.OfDays(Day(from), Day(to), errors);

        Assert.False(errors.Any, errors.ToString());
        Assert.Equal(from == "0001-01-01", range.Start is null && from is not null);
        Assert.Equal(to == "9999-12-31", range.End is null && to is not null);
    }

    [Fact]
    public void A_reversed_day_range_is_named()
    {
        var errors = new RequestErrors();

        DateRange.OfDays(new DateOnly(2020, 10, 8), new DateOnly(2020, 9, 9), errors);

        Assert.Equal(["from (2020-10-08) is after to (2020-09-09)."], errors["from"]);
    }

    [Fact]
    public void An_instant_range_defaults_to_the_span_before_now()
    {
        var errors = new RequestErrors();

        var range = DateRange.OfInstants(null, null, Now, TimeSpan.FromDays(90), errors);

        Assert.False(errors.Any, errors.ToString());
        Assert.Equal((Now.AddDays(-90), Now), (range.Start!.Value, range.End!.Value));
    }

    [Fact]
    public void An_end_at_the_smallest_instant_opens_the_start_instead_of_underflowing()
    {
        var errors = new RequestErrors();

        var range = DateRange.OfInstants(null, DateTimeOffset.MinValue, Now, TimeSpan.FromDays(90), errors, "start_date", "end_date");

        Assert.False(errors.Any, errors.ToString());
        Assert.Equal(DateTimeOffset.MinValue, range.Start);
    }

    [Theory]
    [InlineData("2020-09-01T00:00:00-14:00", "2020-09-01T00:00:00+14:00")]
    [InlineData("0001-01-01T00:00:00+00:00", "9999-12-31T23:59:59+00:00")]
    [InlineData("2020-01-01T00:00:00+00:00", null)]
    public void A_reversed_or_too_long_instant_range_is_named(string start, string? end)
    {
        var errors = new RequestErrors();

        var to = end is null ? (DateTimeOffset?)null : DateTimeOffset.Parse(end);
        DateRange.OfInstants(DateTimeOffset.Parse(start), to, Now, TimeSpan.FromDays(90), errors, "start_date", "end_date");

        Assert.True(errors.Has("start_date"));
    }

    private static DateOnly? Day(string? value) => value is null ? null : DateOnly.Parse(value);
}

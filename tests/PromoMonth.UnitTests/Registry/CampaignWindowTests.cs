using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.UnitTests.Registry;

public sealed class CampaignWindowTests
{
    private static readonly CampaignWindow Window2020 = new(new DateOnly(2020, 9, 9), new DateOnly(2020, 10, 8));
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public void Activities_on_the_first_and_last_day_are_inside()
    {
        Assert.True(Window2020.Contains(
            new DateTimeOffset(2020, 9, 9, 0, 0, 0, Beijing),
            new DateTimeOffset(2020, 10, 8, 23, 59, 0, Beijing)));
    }

    [Fact]
    public void The_launch_day_before_the_window_is_outside()
    {
        Assert.False(Window2020.Contains(
            new DateTimeOffset(2020, 9, 8, 10, 0, 0, Beijing),
            new DateTimeOffset(2020, 9, 8, 12, 0, 0, Beijing)));
    }

    [Fact]
    public void Days_are_counted_in_Shanghai_time_not_UTC()
    {
        // 2020-10-08T17:00Z is already 2020-10-09 01:00 in Shanghai: outside, though the UTC date is inside.
        Assert.False(Window2020.Contains(
            new DateTimeOffset(2020, 10, 8, 10, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2020, 10, 8, 17, 0, 0, TimeSpan.Zero)));
        // 2020-09-08T16:30Z is 2020-09-09 00:30 in Shanghai: inside, though the UTC date is before.
        Assert.True(Window2020.Contains(
            new DateTimeOffset(2020, 9, 8, 16, 30, 0, TimeSpan.Zero),
            new DateTimeOffset(2020, 9, 9, 2, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void An_activity_outside_the_window_is_flagged_not_refused()
    {
        var activity = Activity.Draft(Guid.NewGuid(), Samples.Offline() with
        {
            StartsAt = new DateTimeOffset(2020, 10, 9, 10, 0, 0, Beijing),
            EndsAt = new DateTimeOffset(2020, 10, 10, 10, 0, 0, Beijing),
        }, "unit-310000", DateTimeOffset.UnixEpoch);

        Assert.True(activity.IsOutsideWindow(Window2020));
        Assert.False(activity.Details.Validate().Any);
    }
}

namespace PromoMonth.DataGenerator;

/// <summary>When things happen: the 2020 campaign ran 9 September to 8 October, Beijing time (Asia/Shanghai, +08:00).</summary>
public static class CampaignCalendar
{
    public static readonly TimeSpan BeijingTime = TimeSpan.FromHours(8);
    public static readonly DateTimeOffset FirstDay = new(2020, 9, 9, 0, 0, 0, BeijingTime);
    public const int Days = 30;

    /// <summary>Golden Week 2020 ran 1-8 October (National Day and Mid-Autumn together): the busiest stretch.</summary>
    private const int GoldenWeekFirstDay = 22;
    private const int GoldenWeekDays = 8;

    private static readonly int[] DaytimeStartHours = [9, 10, 10, 14, 15, 19];

    public static DateTimeOffset LastEvening => FirstDay.AddDays(Days - 1).AddHours(22);

    /// <summary>
    /// Start and end of an activity. Inside the window most start on the opening day or in Golden Week; outside it they
    /// start a few days before or after, as the notice allows activities beyond the month (the registry flags them).
    /// </summary>
    public static (DateTimeOffset StartsAt, DateTimeOffset EndsAt) PickDates(Random random, ActivityCategory category, bool insideWindow)
    {
        var roll = random.NextDouble();
        var dayOffset = insideWindow
            ? roll < 0.05 ? 0 : roll < 0.30 ? GoldenWeekFirstDay + random.Next(GoldenWeekDays) : random.Next(Days)
            : roll < 0.5 ? -random.Next(1, 8) : Days + random.Next(0, 7);
        var day = FirstDay.AddDays(dayOffset);

        DateTimeOffset startsAt, endsAt;
        if (category == ActivityCategory.NightEconomy)
        {
            // Night markets and light shows open at dusk and close before midnight, some over a run of evenings.
            startsAt = day.AddHours(18 + random.Next(3));
            endsAt = day.AddDays(random.Chance(0.3) ? random.Next(2, 8) : 0).AddHours(22 + random.Next(2));
        }
        else
        {
            startsAt = day.AddHours(random.Pick(DaytimeStartHours)).AddMinutes(random.Chance(0.3) ? 30 : 0);
            endsAt = random.Chance(0.55)
                ? Min(startsAt.AddHours(random.Next(2, 7)), day.AddHours(22))
                : day.AddDays(random.Next(1, 8)).AddHours(21);
        }
        if (insideWindow)
        {
            endsAt = Min(endsAt, LastEvening);
        }
        return (startsAt, endsAt);
    }

    /// <summary>New dates a week or two later, same length: a typhoon or an epidemic-control instruction moved it.</summary>
    public static (DateTimeOffset StartsAt, DateTimeOffset EndsAt) Postpone(Random random, DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        var delay = TimeSpan.FromDays(random.Next(7, 15));
        return (startsAt + delay, endsAt + delay);
    }

    /// <summary>Commitment letters were signed in the weeks before the campaign opened.</summary>
    public static DateOnly PickSigningDate(Random random) =>
        DateOnly.FromDateTime(FirstDay.DateTime).AddDays(-random.Next(1, 21));

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

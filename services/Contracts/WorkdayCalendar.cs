using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;

namespace PromoMonth.Contracts;

/// <summary>
/// China's working days: Monday to Friday unless the State Council lists the day as a holiday, plus any weekend day
/// it lists as a make-up working day (调休). Years the schedule does not cover count Monday to Friday, and say so.
/// </summary>
public sealed class WorkdayCalendar
{
    private readonly FrozenDictionary<DateOnly, bool> _exceptions;
    private readonly FrozenSet<int> _coveredYears;

    public WorkdayCalendar(IEnumerable<(DateOnly Date, bool IsWorkday)> exceptions)
    {
        var list = exceptions.ToList();
        _exceptions = list.ToFrozenDictionary(e => e.Date, e => e.IsWorkday);
        _coveredYears = list.Select(e => e.Date.Year).ToFrozenSet();
    }

    /// <summary>The schedule the 2020 notice's campaign ran under (cn-workday-calendar.csv, embedded beside this file).</summary>
    public static WorkdayCalendar China { get; } = Load();

    public bool Covers(DateOnly date) => _coveredYears.Contains(date.Year);

    public bool IsWorkingDay(DateOnly date) =>
        _exceptions.TryGetValue(date, out var isWorkday) ? isWorkday : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="start"/>: the start day itself is not
    /// counted, whatever kind of day it is.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = start;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }
        return day;
    }

    /// <summary>
    /// How many working days lie after <paramref name="start"/> up to and including <paramref name="end"/>: a span
    /// counted as periods are in Chinese law (the day it starts is not counted), so a span within one day is none.
    /// </summary>
    public int WorkingDaysAfter(DateOnly start, DateOnly end)
    {
        var counted = 0;
        for (var day = start.AddDays(1); day <= end; day = day.AddDays(1))
        {
            counted += IsWorkingDay(day) ? 1 : 0;
        }
        return counted;
    }

    /// <summary>
    /// The first day from which at most <paramref name="workingDays"/> working days remain up to and including
    /// <paramref name="lastDay"/>: the day a warning that many working days ahead of a deadline on that day is due.
    /// </summary>
    public DateOnly FirstDayWithin(DateOnly lastDay, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var remaining = 0;
        for (var day = lastDay; day > DateOnly.MinValue; day = day.AddDays(-1))
        {
            remaining += IsWorkingDay(day) ? 1 : 0;
            if (remaining > workingDays)
            {
                return day.AddDays(1);
            }
        }
        return DateOnly.MinValue;
    }

    private static WorkdayCalendar Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("cn-workday-calendar.csv")
            ?? throw new InvalidOperationException("cn-workday-calendar.csv is not embedded.");
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // date,kind,name
        var exceptions = new List<(DateOnly, bool)>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var fields = line.Split(',');
            exceptions.Add((DateOnly.ParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), fields[1] == "workday"));
        }
        return new WorkdayCalendar(exceptions);
    }
}

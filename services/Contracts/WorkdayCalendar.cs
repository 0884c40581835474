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

    /// <summary>The schedule the 2020 notice's campaign ran under (reference/cn-workday-calendar.csv).</summary>
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

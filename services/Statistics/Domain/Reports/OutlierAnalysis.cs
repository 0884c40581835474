namespace PromoMonth.Statistics.Domain.Reports;

/// <summary>
/// Robust z-scores (Iglewicz and Hoaglin): 0.6745 × (x − median) / MAD, flagged beyond 3.5. The median and the
/// median absolute deviation are not dragged by the outliers themselves, as a mean and standard deviation would be.
/// Outliers are flagged for the ministry's follow-up, never rejected.
/// </summary>
public static class OutlierAnalysis
{
    public const double Threshold = 3.5;

    /// <summary>Fewer reference values than this say nothing about what is normal.</summary>
    public const int MinimumReference = 5;

    public static double? RobustZ(decimal value, IReadOnlyCollection<decimal> reference)
    {
        if (reference.Count < MinimumReference)
        {
            return null;
        }
        var median = Median(reference);
        var mad = Median(reference.Select(r => Math.Abs(r - median)).ToArray());
        return mad == 0 ? null : 0.6745 * (double)(value - median) / (double)mad;
    }

    public static decimal Median(IReadOnlyCollection<decimal> values)
    {
        // Array.Sort, not LINQ's Order: an import takes tens of thousands of medians, and Order's keyed sort was most
        // of their cost.
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Flags each of the report's values that stands out from the other units' or from its own history.</summary>
    public static List<OutlierFlag> Flag(IReadOnlyDictionary<string, decimal> values,
        IReadOnlyDictionary<string, List<decimal>> otherUnits, IReadOnlyDictionary<string, List<decimal>> ownHistory)
    {
        var flags = new List<OutlierFlag>();
        foreach (var (indicator, value) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            Check(indicator, value, "units", otherUnits.GetValueOrDefault(indicator), flags);
            Check(indicator, value, "history", ownHistory.GetValueOrDefault(indicator), flags);
        }
        return flags;
    }

    private static void Check(string indicator, decimal value, string against, List<decimal>? reference, List<OutlierFlag> flags)
    {
        if (reference is not null && RobustZ(value, reference) is { } z && Math.Abs(z) > Threshold)
        {
            flags.Add(new(indicator, against, value, Median(reference), Math.Round(z, 2)));
        }
    }
}

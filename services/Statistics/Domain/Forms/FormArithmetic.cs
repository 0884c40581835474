namespace PromoMonth.Statistics.Domain.Forms;

/// <summary>Derives computed indicators (year-on-year growth, shares) from summed values, at any level.</summary>
public static class FormArithmetic
{
    /// <summary>
    /// The typed values plus every computed indicator whose inputs are present and whose denominator is not zero,
    /// rounded to two decimals. Growth is computed from the summed current and baseline values, never averaged.
    /// </summary>
    public static Dictionary<string, decimal> WithComputed(IReadOnlyList<Indicator> indicators, IReadOnlyDictionary<string, decimal> typed)
    {
        var result = new Dictionary<string, decimal>(typed, StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            if (indicator.Computation is { } computation
                && typed.TryGetValue(computation.Numerator, out var numerator)
                && typed.TryGetValue(computation.Denominator, out var denominator)
                && denominator != 0)
            {
                result[indicator.Code] = Math.Round(computation.Kind switch
                {
                    ComputationKind.YearOnYearGrowth => (numerator - denominator) / denominator * 100m,
                    _ => numerator / denominator * 100m,
                }, 2, MidpointRounding.AwayFromZero);
            }
        }
        return result;
    }
}

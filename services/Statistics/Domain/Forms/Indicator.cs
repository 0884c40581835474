namespace PromoMonth.Statistics.Domain.Forms;

/// <summary>What a value of an indicator is: it decides how values are checked and rounded.</summary>
public enum IndicatorValueType
{
    /// <summary>A whole, non-negative number (sessions, enterprises, visitors).</summary>
    Count,

    /// <summary>Yuan, with at most two decimals.</summary>
    Amount,

    /// <summary>Per cent; only computed indicators are percentages in the 2020 form.</summary>
    Percentage,
}

/// <summary>How unit values combine into national ones.</summary>
public enum IndicatorAggregation
{
    /// <summary>Units type it; the nation's value is the sum of the units'.</summary>
    Sum,

    /// <summary>Never typed: derived from other indicators at every level, so a percentage is never averaged.</summary>
    Computed,
}

/// <summary>How a computed indicator is derived, always from summed indicators of the same level.</summary>
public enum ComputationKind
{
    /// <summary>(numerator − denominator) / denominator × 100: growth over the same period last year.</summary>
    YearOnYearGrowth,

    /// <summary>numerator / denominator × 100: a share.</summary>
    Share,
}

public sealed record Computation(ComputationKind Kind, string Numerator, string Denominator);

/// <summary>One line of the effectiveness form (成效统计表).</summary>
public sealed record Indicator
{
    public required string Code { get; init; }
    public required string NameZh { get; init; }
    public required string NameEn { get; init; }

    /// <summary>The unit shown beside the value (场, 家, 元, %).</summary>
    public required string Unit { get; init; }
    public required IndicatorValueType ValueType { get; init; }
    public IndicatorAggregation Aggregation { get; init; } = IndicatorAggregation.Sum;
    public bool Required { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }

    /// <summary>Set on a baseline: the indicator whose same-period-last-year value this is.</summary>
    public string? BaselineOf { get; init; }

    public Computation? Computation { get; init; }

    /// <summary>Whether units may break the value down by city and by key enterprise (only summed indicators can).</summary>
    public bool Breakdown { get; init; }

    public bool IsTyped => Aggregation == IndicatorAggregation.Sum;
}

namespace PromoMonth.Statistics.Domain.Forms;

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

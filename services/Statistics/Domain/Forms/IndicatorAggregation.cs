namespace PromoMonth.Statistics.Domain.Forms;

/// <summary>How unit values combine into national ones.</summary>
public enum IndicatorAggregation
{
    /// <summary>Units type it; the nation's value is the sum of the units'.</summary>
    Sum,

    /// <summary>Never typed: derived from other indicators at every level, so a percentage is never averaged.</summary>
    Computed,
}

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

namespace PromoMonth.Statistics.Domain;

/// <summary>
/// The nation's running sum of one indicator in one period over submitted reports, or over accepted ones, kept up to
/// date in the same transaction as each submission and each acceptance, so a roll-up never scans report values.
/// </summary>
public sealed class NationalTotal
{
    public required string PeriodCode { get; init; }
    public required string IndicatorCode { get; init; }
    public FigureLevel Level { get; init; }
    public decimal Total { get; set; }

    /// <summary>How many reports of the level carry a value for the indicator.</summary>
    public int Units { get; set; }
}

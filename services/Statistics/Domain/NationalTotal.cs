namespace PromoMonth.Statistics.Domain;

/// <summary>
/// The nation's running sum of one indicator in one period over submitted reports, kept up to date in the same
/// transaction as each submission, so a roll-up never scans report values.
/// </summary>
public sealed class NationalTotal
{
    public required string PeriodCode { get; init; }
    public required string IndicatorCode { get; init; }
    public decimal Total { get; set; }

    /// <summary>How many submitted reports carry a value for the indicator.</summary>
    public int Units { get; set; }
}

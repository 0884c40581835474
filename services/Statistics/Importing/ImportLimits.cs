namespace PromoMonth.Statistics.Importing;

/// <summary>
/// Bounds of one bulk import (configuration section <c>Statistics:Import</c>). The defaults hold a whole 2020 campaign
/// (37 units × 30 days with city and enterprise breakdowns: about 235,000 values, 17 MB as CSV, 40 MB as JSON) twice over.
/// </summary>
public sealed class ImportLimits
{
    public const string Section = "Statistics:Import";

    public const long DefaultMaxBytes = 96 * 1024 * 1024;

    public int MaxRows { get; set; } = 500_000;

    public long MaxBytes { get; set; } = DefaultMaxBytes;

    /// <summary>How many rejected rows a refusal lists; the total is always given.</summary>
    public int MaxEchoedErrors { get; set; } = 100;
}

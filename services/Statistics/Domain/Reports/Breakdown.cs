namespace PromoMonth.Statistics.Domain.Reports;

/// <summary>The values of one city (its 6-digit division code) or one key enterprise (its credit code) within a unit's report.</summary>
public sealed record BreakdownEntry(string Key, Dictionary<string, decimal> Values);

/// <summary>What a unit reports for a period: its totals, and optional breakdowns that must add up to them.</summary>
public sealed record ReportContent(Dictionary<string, decimal> Values, List<BreakdownEntry> Cities, List<BreakdownEntry> Enterprises)
{
    public static ReportContent Empty => new([], [], []);
}

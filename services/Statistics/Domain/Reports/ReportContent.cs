namespace PromoMonth.Statistics.Domain.Reports;

/// <summary>What a unit reports for a period: its totals, and optional breakdowns that must add up to them.</summary>
public sealed record ReportContent(Dictionary<string, decimal> Values, List<BreakdownEntry> Cities, List<BreakdownEntry> Enterprises)
{
    public static ReportContent Empty => new([], [], []);
}

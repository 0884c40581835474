namespace PromoMonth.Statistics.Domain.Reports;

/// <summary>The values of one city (its 6-digit division code) or one key enterprise (its credit code) within a unit's report.</summary>
public sealed record BreakdownEntry(string Key, Dictionary<string, decimal> Values);

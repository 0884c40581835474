using PromoMonth.Statistics.Apis;

namespace PromoMonth.Statistics.Reporting;

/// <summary>One tracking day's national figures (computed indicators derived from the day's sums).</summary>
public sealed record DailyFigures(string PeriodCode, DateOnly Day, int ReportsSubmitted, List<RollupRow> National);

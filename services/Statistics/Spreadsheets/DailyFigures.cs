using PromoMonth.Statistics.Apis;

namespace PromoMonth.Statistics.Spreadsheets;

/// <summary>One tracking day's national figures (computed indicators derived from the day's sums).</summary>
internal sealed record DailyFigures(string PeriodCode, DateOnly Day, int ReportsSubmitted, List<RollupRow> National);

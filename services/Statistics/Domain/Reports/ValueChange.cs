namespace PromoMonth.Statistics.Domain.Reports;

/// <summary>One changed value: the unit total (<see cref="Breakdown"/> null) or a city's or enterprise's value.</summary>
public sealed record ValueChange(string Indicator, string? Breakdown, decimal? Old, decimal? New);

namespace PromoMonth.Statistics.Domain.Reports;

/// <summary>A robust z-score beyond the threshold, against other units' values or against the unit's own history.</summary>
public sealed record OutlierFlag(string Indicator, string Against, decimal Value, decimal Median, double Score);

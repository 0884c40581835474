namespace PromoMonth.Statistics.Apis;

/// <summary>One indicator at one level: typed values summed, computed ones derived from the sums.</summary>
public sealed record RollupRow(string Indicator, string NameZh, string NameEn, string Unit, decimal? Value, int Units);

namespace PromoMonth.Statistics.Apis;

/// <summary>One indicator at one level: typed values summed, computed ones derived from the sums.</summary>
public sealed record RollupRow(string Indicator, string NameZh, string NameEn, string Unit, decimal? Value, int Units);

public sealed record UnitRollup(string RegionCode, string NameZh, bool Late, Dictionary<string, decimal> Values);

public sealed record PeriodRollup(string PeriodCode, string CampaignCode, int FormVersion, int ReportsSubmitted, List<RollupRow> National,
    List<UnitRollup> Units);

public sealed record CampaignDailyRollup(string CampaignCode, int Days, List<RollupRow> National);

namespace PromoMonth.Statistics.Apis;

public sealed record UnitRollup(string RegionCode, string NameZh, bool Late, Dictionary<string, decimal> Values);

namespace PromoMonth.Statistics.Apis;

public sealed record CityValues(string? Code, Dictionary<string, decimal>? Values);

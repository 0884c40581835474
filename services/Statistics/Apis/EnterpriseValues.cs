namespace PromoMonth.Statistics.Apis;

public sealed record EnterpriseValues(string? CreditCode, Dictionary<string, decimal>? Values);

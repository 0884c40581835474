namespace PromoMonth.Statistics.Importing;

public sealed record ImportSummary(int Reports, int Values, int Created, int Replaced);

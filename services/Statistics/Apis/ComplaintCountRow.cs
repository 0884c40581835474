namespace PromoMonth.Statistics.Apis;

public sealed record ComplaintCountRow(string RegionCode, string Category, int Received);

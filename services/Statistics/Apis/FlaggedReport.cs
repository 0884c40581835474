using PromoMonth.Statistics.Domain.Reports;

namespace PromoMonth.Statistics.Apis;

public sealed record FlaggedReport(string RegionCode, string PeriodCode, List<OutlierFlag> Outliers);

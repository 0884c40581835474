using PromoMonth.Statistics.Domain;
namespace PromoMonth.Statistics.Apis;

public sealed record PeriodRollup(string PeriodCode, string CampaignCode, int FormVersion, int ReportsSubmitted, List<RollupRow> National,
    List<UnitRollup> Units, FigureLevel Level);

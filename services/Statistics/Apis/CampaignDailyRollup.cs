using PromoMonth.Statistics.Domain;
namespace PromoMonth.Statistics.Apis;

/// <param name="Level">Whose figures: every submitted report, or only the accepted.</param>
public sealed record CampaignDailyRollup(string CampaignCode, int Days, List<RollupRow> National, FigureLevel Level);

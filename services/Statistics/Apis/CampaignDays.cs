using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Reporting;

namespace PromoMonth.Statistics.Apis;

/// <summary>The nation's figures day by day over the campaign's daily tracking periods, for charts.</summary>
public sealed record CampaignDays(string CampaignCode, List<DailyFigures> Days, FigureLevel Level);

namespace PromoMonth.Statistics.Apis;

public sealed record CampaignDailyRollup(string CampaignCode, int Days, List<RollupRow> National);

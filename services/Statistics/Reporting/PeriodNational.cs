using PromoMonth.Statistics.Apis;
using PromoMonth.Statistics.Domain.Forms;

namespace PromoMonth.Statistics.Reporting;

/// <summary>The national figures of a period: its form, the kept totals with computed indicators, and how many reports they sum.</summary>
public sealed record PeriodNational(string CampaignCode, StatisticsForm Form, List<RollupRow> National, int ReportsSubmitted);

using PromoMonth.Statistics.Apis;
using PromoMonth.Statistics.Domain.Forms;

namespace PromoMonth.Statistics.Reporting;

/// <summary>
/// The national figures of a period: its form's version and indicators, the kept totals with computed indicators, and
/// how many reports they sum. Plain values only, for it travels through Redis to other replicas.
/// </summary>
public sealed record PeriodNational(
    string CampaignCode, int FormVersion, List<Indicator> Indicators, List<RollupRow> National, int ReportsSubmitted);

using PromoMonth.ServiceDefaults.Domain;
using PromoMonth.Statistics.Domain.Periods;
using PromoMonth.Statistics.Domain.Reports;

namespace PromoMonth.Statistics.Domain;

/// <summary>
/// A unit's campaign summary (活动总结), tied to its whole-campaign report: the overall situation, main experiences
/// and practices, and work recommendations the notice asks for.
/// </summary>
public sealed class CampaignSummary : AggregateRoot
{
    /// <summary>For EF, which sets the stored state.</summary>
    private CampaignSummary()
    {
    }

    public string RegionCode { get; private init; } = "";
    public string CampaignCode { get; private init; } = "";
    public Guid ReportId { get; private set; }
    public string OverallSituation { get; private set; } = "";
    public string Experiences { get; private set; } = "";
    public string Recommendations { get; private set; } = "";
    public DateTimeOffset SubmittedAt { get; private set; }
    public bool Late { get; private set; }
    public string SubmittedBy { get; private set; } = "";

    /// <summary>The unit's summary of the campaign, before its first submission.</summary>
    public static CampaignSummary For(string regionCode, string campaignCode) => new() { RegionCode = regionCode,
        CampaignCode = campaignCode };

    /// <summary>
    /// Submits (or replaces) the summary, tied to the unit's submitted report for the campaign's last whole-campaign
    /// period; late when that period is past due. The submission is announced.
    /// </summary>
    public void Submit(SummaryText text, Report report, ReportingPeriod final, string by, DateTimeOffset at)
    {
        if (!report.IsSubmitted || report.PeriodCode != final.Code || report.RegionCode != RegionCode
            || final.CampaignCode != CampaignCode || final.Kind != PeriodKind.Final)
        {
            throw new ConflictException(
                $"Submit the whole-campaign report ({final.Code}) first: the summary is tied to it.", "The summary is incomplete.");
        }
        ReportId = report.Id;
        OverallSituation = text.OverallSituation;
        Experiences = text.Experiences;
        Recommendations = text.Recommendations;
        SubmittedAt = at;
        Late = final.IsLate(at);
        SubmittedBy = by;
        Raise(new SummarySubmittedDomainEvent(RegionCode, CampaignCode, ReportId, Late, at));
    }
}

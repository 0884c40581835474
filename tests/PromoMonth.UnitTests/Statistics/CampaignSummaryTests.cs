using PromoMonth.ServiceDefaults.Domain;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Domain.Reports;
using static PromoMonth.UnitTests.Statistics.StatisticsFixtures;

namespace PromoMonth.UnitTests.Statistics;

public sealed class CampaignSummaryTests
{
    private const string WholeCampaign = "2020-whole-campaign";
    private static readonly SummaryText Text = new("总体情况", "主要经验", "工作建议");

    [Fact]
    public void Submitting_the_summary_raises_SummarySubmitted_tied_to_the_whole_campaign_report()
    {
        var final = Period(WholeCampaign);
        var report = SubmittedReport(WholeCampaign);
        var summary = CampaignSummary.For(Shanghai, "2020");

        summary.Submit(Text, report, final, "unit-310000", final.DueAt.AddDays(1));

        var submitted = Assert.IsType<SummarySubmittedDomainEvent>(Assert.Single(summary.PendingEvents()));
        Assert.Equal(new SummarySubmittedDomainEvent(Shanghai, "2020", report.Id, Late: true, final.DueAt.AddDays(1)), submitted);
        Assert.Equal((report.Id, "主要经验"), (summary.ReportId, summary.Experiences));
    }

    [Fact]
    public void A_summary_is_not_tied_to_a_report_of_another_period_or_a_draft()
    {
        var final = Period(WholeCampaign);
        var summary = CampaignSummary.For(Shanghai, "2020");
        var draft = Report.Start(Shanghai, final, Form, "unit-310000");
        draft.SaveDraft(Content(3), Form, final, new("unit-310000", final.DueAt.AddDays(-1)));

        Assert.Throws<ConflictException>(() => summary.Submit(Text, SubmittedReport(), final, "unit-310000", final.DueAt));
        Assert.Throws<ConflictException>(() => summary.Submit(Text, draft, final, "unit-310000", final.DueAt));
        Assert.Empty(summary.PendingEvents());
    }
}

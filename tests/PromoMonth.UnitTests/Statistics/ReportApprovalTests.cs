using PromoMonth.ServiceDefaults.Domain;
using PromoMonth.Statistics.Domain.Reports;
using static PromoMonth.UnitTests.Statistics.StatisticsFixtures;

namespace PromoMonth.UnitTests.Statistics;

/// <summary>Two-level approval: the ministry accepts or returns a submitted report and may take an acceptance back.</summary>
public sealed class ReportApprovalTests
{
    private static readonly DateTimeOffset Reviewed = Due.AddHours(3);

    [Fact]
    public void An_accepted_report_is_locked_for_the_unit_before_its_period_locks()
    {
        var report = Submitted();

        report.Accept("ministry", Reviewed, "2020");

        Assert.Equal(ReportStatus.Accepted, report.Status);
        Assert.True(report.IsSubmitted);
        Assert.Equal(new ApprovalStep("accept", 1, "ministry", Reviewed, null), Assert.Single(report.Approvals));
        Assert.Equal(
            new ReportAcceptedDomainEvent(report.Id, Shanghai, FirstTwoWeeks, "2020", 1, Reviewed), Assert.Single(report.PendingEvents()));
        var refused = Assert.Throws<ConflictException>(
            () => report.Submit(Content(12), Form, Period(), new("unit-310000", Due.AddHours(4))));
        Assert.Equal(ReportRefusal.LockedTitle, refused.Title);
        Assert.Equal(ReportRefusal.Accepted, report.RefusalOf(submit: true, Period(), null, Due.AddHours(4)));
    }

    [Fact]
    public void A_returned_report_is_resubmitted_and_its_history_keeps_both_steps()
    {
        var report = Submitted();

        report.Return("分城市合计与全省不符", "ministry", Reviewed, "2020");
        Assert.Equal(ReportRefusal.BackToDraft, report.RefusalOf(submit: false, Period(), null, Reviewed));
        report.Submit(Content(12), Form, Period(), new("unit-310000", Reviewed.AddHours(1)));
        report.Accept("ministry", Reviewed.AddHours(2), "2020");

        Assert.Equal(ReportStatus.Accepted, report.Status);
        Assert.Equal([("return", 1), ("accept", 2)], report.Approvals.Select(a => (a.Action, a.Version)));
        Assert.Equal("分城市合计与全省不符", report.Approvals[0].Reason);
        Assert.IsType<ReportReturnedDomainEvent>(report.PendingEvents()[0]);
        Assert.IsType<ReportSubmittedDomainEvent>(report.PendingEvents()[1]);
    }

    [Fact]
    public void The_ministry_takes_back_an_acceptance_with_a_reason_and_the_unit_may_resubmit()
    {
        var report = Submitted();
        report.Accept("ministry", Reviewed, "2020");

        report.Unaccept("复核发现汽车零售额单位有误", "ministry", Reviewed.AddHours(1), "2020");
        report.Submit(Content(13), Form, Period(), new("unit-310000", Reviewed.AddHours(2)));

        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.Equal(
            new ReportUnacceptedDomainEvent(report.Id, Shanghai, FirstTwoWeeks, "2020", 1, "复核发现汽车零售额单位有误", Reviewed.AddHours(1)),
            report.PendingEvents()[1]);
    }

    [Fact]
    public void Each_step_is_refused_from_a_state_that_does_not_allow_it()
    {
        var draft = Report.Start(Shanghai, Period(), Form, "unit-310000");
        var accepted = Submitted();
        accepted.Accept("ministry", Reviewed, "2020");
        var returned = Submitted();
        returned.Return("有误", "ministry", Reviewed, "2020");

        Assert.Throws<ConflictException>(() => draft.Accept("ministry", Reviewed, "2020"));
        Assert.Throws<ConflictException>(() => draft.Return("有误", "ministry", Reviewed, "2020"));
        Assert.Throws<ConflictException>(() => accepted.Accept("ministry", Reviewed, "2020"));
        Assert.Throws<ConflictException>(() => accepted.Return("有误", "ministry", Reviewed, "2020"));
        Assert.Throws<ConflictException>(() => returned.Accept("ministry", Reviewed, "2020"));
        Assert.Throws<ConflictException>(() => returned.Unaccept("有误", "ministry", Reviewed, "2020"));
        Assert.Empty(draft.Approvals);
    }

    private static Report Submitted()
    {
        var report = Report.Start(Shanghai, Period(), Form, "unit-310000");
        report.Submit(Content(10), Form, Period(), new("unit-310000", Due.AddHours(-2)));
        report.TakeEvents();
        return report;
    }
}

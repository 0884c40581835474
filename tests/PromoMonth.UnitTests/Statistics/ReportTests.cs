using PromoMonth.ServiceDefaults.Domain;
using PromoMonth.Statistics.Domain.Reports;
using static PromoMonth.UnitTests.Statistics.StatisticsFixtures;

namespace PromoMonth.UnitTests.Statistics;

public sealed class ReportTests
{
    [Fact]
    public void A_submission_raises_ReportSubmitted_with_the_version_campaign_and_timeliness()
    {
        var period = Period();
        var report = Report.Start(Shanghai, period, Form, "unit-310000");

        report.Submit(Content(10), Form, period, new("unit-310000", Due.AddHours(2)));

        var submitted = Assert.IsType<ReportSubmittedDomainEvent>(Assert.Single(report.PendingEvents()));
        Assert.Equal(new ReportSubmittedDomainEvent(report.Id, Shanghai, FirstTwoWeeks, "2020", 1, Late: true, Due.AddHours(2)), submitted);
        Assert.Equal(ReportStatus.Submitted, report.Status);
    }

    [Fact]
    public void A_draft_save_raises_nothing_and_keeps_the_report_a_draft()
    {
        var period = Period();
        var report = Report.Start(Shanghai, period, Form, "unit-310000");

        var revision = report.SaveDraft(Content(10), Form, period, new("unit-310000", Due.AddDays(-2), "k1"));

        Assert.Empty(report.PendingEvents());
        Assert.Equal((ReportStatus.Draft, 1, "k1"), (report.Status, revision.Version, report.IdempotencyKey));
        Assert.Null(report.FirstSubmittedAt);
    }

    [Fact]
    public void A_submitted_report_does_not_go_back_to_draft()
    {
        var report = SubmittedReport();

        var refused = Assert.Throws<ConflictException>(() => report.SaveDraft(Content(11), Form, Period(), new("unit-310000",
            Due.AddHours(-1))));

        Assert.Equal(ReportRefusal.WrongWayTitle, refused.Title);
        Assert.Equal(ReportRefusal.BackToDraft, report.RefusalOf(submit: false, Period(), null, Due.AddHours(-1)));
        Assert.Empty(report.PendingEvents());
        Assert.Equal(10, report.Content.Values["activity_sessions"]);
    }

    [Fact]
    public void A_locked_report_refuses_a_submission_without_an_approved_correction()
    {
        var report = SubmittedReport();

        var refused = Assert.Throws<ConflictException>(() => report.Submit(Content(12), Form, Period(), new("unit-310000", Locked)));

        Assert.Equal(ReportRefusal.LockedTitle, refused.Title);
        Assert.StartsWith($"Period {FirstTwoWeeks} locked at ", refused.Message, StringComparison.Ordinal);
        Assert.Empty(report.PendingEvents());
        Assert.Equal(1, report.Version);
    }

    [Fact]
    public void An_approved_correction_opens_a_locked_report_for_one_submission_and_is_spent_by_it()
    {
        var report = SubmittedReport();
        var correction = CorrectionRequest.Open(Shanghai, Period(), "Pudong's figures arrived late", "unit-310000", Locked, []);
        correction.Approve("ministry", Locked, null);

        var revision = report.Submit(Content(12), Form, Period(), new("unit-310000", Locked, Correction: correction));

        Assert.IsType<ReportSubmittedDomainEvent>(Assert.Single(report.PendingEvents()));
        Assert.Equal((CorrectionStatus.Used, correction.Id), (correction.Status, revision.CorrectionId));
        Assert.False(report.Late);
        Assert.Throws<ConflictException>(() => report.Submit(Content(13), Form, Period(), new("unit-310000", Locked,
            Correction: correction)));
    }

    [Fact]
    public void Another_units_correction_does_not_open_the_report()
    {
        var report = SubmittedReport();
        var correction = CorrectionRequest.Open("320000", Period(), "Nanjing's figures", "unit-320000", Locked, []);
        correction.Approve("ministry", Locked, null);

        Assert.Equal(ReportRefusal.LockedTitle, report.RefusalOf(submit: true, Period(), correction, Locked)?.Title);
    }
}

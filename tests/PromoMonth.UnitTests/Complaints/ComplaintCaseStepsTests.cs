using PromoMonth.Complaints.Domain;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.UnitTests.Complaints;

/// <summary>Each step of a case: what it changes, the event it records, and the states that refuse it.</summary>
public sealed class ComplaintCaseStepsTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly WorkdayCalendar Calendar = WorkdayCalendar.China;

    // Received the day before the 2020 National Day break: seven working days run out at the end of 16 October.
    private static readonly DateTimeOffset ReceivedAt = new(2020, 9, 30, 15, 0, 0, Beijing);
    private static readonly DateTimeOffset AcceptanceDue = new(2020, 10, 17, 0, 0, 0, Beijing);
    private static readonly DateTimeOffset Handled = new(2020, 10, 12, 10, 0, 0, Beijing);
    private static readonly Guid Activity = Guid.Parse("0190a000-0000-7000-8000-000000000001");
    private const string CreditCode = "91310000MA1FL1234R";

    [Fact]
    public void Receiving_a_case_starts_its_clocks_and_records_ComplaintReceived()
    {
        var complaint = ComplaintCase.Receive(
            Intake(CaseKind.Complaint, CreditCode, Activity), "hotline-12315", "d", ("310000", RoutedBy.RegisteredEnterprise),
            Calendar, ReceivedAt.AddMinutes(5));

        Assert.Equal(CaseStatus.Received, complaint.Status);
        Assert.Equal(AcceptanceDue, complaint.AcceptanceDueAt);
        Assert.Equal("receive", Assert.Single(complaint.History).Action);
        var received = Assert.IsType<ComplaintReceivedDomainEvent>(Assert.Single(complaint.PendingEvents()));
        Assert.Equal(
            new ComplaintReceivedDomainEvent(
                complaint.Id, CaseKind.Complaint, CaseCategory.CounterfeitGoods, "310000", CreditCode, Activity, ReceivedAt, AcceptanceDue,
                "hotline-12315"),
            received);
    }

    [Fact]
    public void Accepting_a_complaint_starts_mediation_on_its_45_working_day_clock_and_records_ComplaintAccepted()
    {
        var complaint = Received(CaseKind.Complaint);

        complaint.Accept("unit-310000", Handled, Calendar);

        Assert.Equal(CaseStatus.InMediation, complaint.Status);
        Assert.Equal(StatutoryClock.DueAfter(Handled, StatutoryClock.MediationWorkingDays, Calendar), complaint.MediationDueAt);
        Assert.Equal(new CaseStep("accept", CaseStatus.InMediation, "unit-310000", Handled, null), complaint.History[^1]);
        Assert.Equal(
            new ComplaintAcceptedDomainEvent(complaint.Id, "310000", Handled, "hotline-12315"), Assert.Single(complaint.PendingEvents()));
    }

    [Fact]
    public void Accepting_a_report_needs_no_mediation()
    {
        var report = Received(CaseKind.Report);

        report.Accept("unit-310000", Handled, Calendar);

        Assert.Equal(CaseStatus.Accepted, report.Status);
        Assert.Null(report.MediationDueAt);
        Assert.IsType<ComplaintAcceptedDomainEvent>(Assert.Single(report.PendingEvents()));
    }

    [Fact]
    public void A_case_is_accepted_once()
    {
        var complaint = Accepted();

        var refused = Assert.Throws<ConflictException>(() => complaint.Accept("unit-310000", Handled, Calendar));

        Assert.Equal("Only a received case can be accepted.", refused.Message);
        Assert.Equal(ComplaintCase.StepNotAllowed, refused.Title);
        Assert.Empty(complaint.PendingEvents());
    }

    [Fact]
    public void Rejecting_a_received_case_names_the_ground_and_records_the_rejection()
    {
        var complaint = Received(CaseKind.Complaint);

        complaint.Reject(RejectionGround.NotForPersonalConsumption, "为经营采购", "unit-310000", Handled);

        Assert.Equal(CaseStatus.Rejected, complaint.Status);
        Assert.False(complaint.IsOpen);
        Assert.Equal("NotForPersonalConsumption: 为经营采购", complaint.History[^1].Reason);
        Assert.Equal(
            new ComplaintRejectedDomainEvent(complaint.Id, RejectionGround.NotForPersonalConsumption, Handled),
            Assert.Single(complaint.PendingEvents()));
    }

    [Fact]
    public void An_accepted_case_is_not_rejected()
    {
        var complaint = Accepted();

        var refused = Assert.Throws<ConflictException>(
            () => complaint.Reject(RejectionGround.OutsideRemit, null, "unit-310000", Handled));

        Assert.Equal("Only a received case can be rejected.", refused.Message);
        Assert.Equal(CaseStatus.InMediation, complaint.Status);
    }

    [Fact]
    public void A_transfer_moves_the_case_to_another_unit_and_its_clocks_carry_on()
    {
        var complaint = Received(CaseKind.Complaint);

        complaint.Transfer("330000", "被投诉方实际经营地在杭州", "unit-310000", Handled);

        Assert.Equal("330000", complaint.ResponsibleRegion);
        Assert.Equal(AcceptanceDue, complaint.AcceptanceDueAt);
        Assert.Equal(CaseStatus.Received, complaint.Status);
        var step = complaint.History[^1];
        Assert.Equal(("transfer", "310000", "330000"), (step.Action, step.FromRegion, step.ToRegion));
        Assert.Equal(
            new ComplaintTransferredDomainEvent(complaint.Id, "310000", "330000", Handled), Assert.Single(complaint.PendingEvents()));
    }

    [Fact]
    public void A_case_is_not_transferred_to_its_own_unit_nor_once_closed()
    {
        var open = Received(CaseKind.Complaint);
        var closed = Received(CaseKind.Complaint);
        closed.Reject(RejectionGround.OutsideRemit, null, "unit-310000", Handled);
        closed.TakeEvents();

        var same = Assert.Throws<ConflictException>(() => open.Transfer("310000", "管辖", "unit-310000", Handled));
        var late = Assert.Throws<ConflictException>(() => closed.Transfer("330000", "管辖", "unit-310000", Handled));

        Assert.Equal("The case is already with that unit.", same.Message);
        Assert.Equal("A closed case is not transferred.", late.Message);
        Assert.Empty(open.PendingEvents());
        Assert.Empty(closed.PendingEvents());
    }

    [Fact]
    public void Resolving_an_accepted_case_records_ComplaintResolved()
    {
        var complaint = Accepted();

        complaint.Resolve("调解成功，退款 300 元", "unit-310000", Handled.AddDays(3));

        Assert.Equal(CaseStatus.Resolved, complaint.Status);
        Assert.Equal("调解成功，退款 300 元", complaint.History[^1].Reason);
        Assert.Equal(
            new ComplaintResolvedDomainEvent(complaint.Id, "310000", Handled.AddDays(3), "hotline-12315"),
            Assert.Single(complaint.PendingEvents()));
    }

    [Fact]
    public void A_case_not_yet_accepted_is_not_resolved()
    {
        var complaint = Received(CaseKind.Complaint);

        var refused = Assert.Throws<ConflictException>(() => complaint.Resolve("调解成功", "unit-310000", Handled));

        Assert.Equal("Only an accepted case can be resolved.", refused.Message);
        Assert.Empty(complaint.PendingEvents());
    }

    [Fact]
    public void A_counterfeit_finding_names_the_respondents_credit_code_for_licensing()
    {
        var complaint = Accepted(creditCode: CreditCode, activityId: Activity);

        complaint.RecordFinding(FindingKind.Counterfeit, "经鉴定为假冒品牌电饭煲", "unit-310000", Handled);

        Assert.Equal(
            new Finding(FindingKind.Counterfeit, "经鉴定为假冒品牌电饭煲", "unit-310000", Handled), Assert.Single(complaint.Findings));
        Assert.Equal("Counterfeit: 经鉴定为假冒品牌电饭煲", complaint.History[^1].Reason);
        Assert.Equal(
            new CounterfeitConfirmedDomainEvent(complaint.Id, CreditCode, Activity, "经鉴定为假冒品牌电饭煲", Handled),
            Assert.Single(complaint.PendingEvents()));
    }

    [Fact]
    public void A_mark_misuse_finding_needs_no_credit_code()
    {
        var complaint = Accepted();

        complaint.RecordFinding(FindingKind.MarkMisuse, "冒用活动标识", "unit-310000", Handled);

        Assert.Equal(FindingKind.MarkMisuse, Assert.Single(complaint.Findings).Kind);
        Assert.Equal(
            new MarkMisuseConfirmedDomainEvent(complaint.Id, null, null, "冒用活动标识", Handled), Assert.Single(complaint.PendingEvents()));
    }

    [Fact]
    public void A_safety_incident_on_a_catalog_activity_is_reported_for_the_activity()
    {
        var complaint = Accepted(activityId: Activity);

        complaint.RecordFinding(FindingKind.SafetyIncident, "现场踩踏", "unit-310000", Handled);

        var incident = Assert.IsType<SafetyIncidentReportedDomainEvent>(Assert.Single(complaint.PendingEvents()));
        Assert.Equal((Activity, "现场踩踏", Handled), (incident.ActivityId, incident.Summary, incident.ReportedAt));
        Assert.NotEqual(Guid.Empty, incident.IncidentId);
    }

    [Fact]
    public void A_finding_may_follow_the_resolution()
    {
        var complaint = Accepted();
        complaint.Resolve("调解成功", "unit-310000", Handled);
        complaint.TakeEvents();

        complaint.RecordFinding(FindingKind.MarkMisuse, "冒用活动标识", "unit-310000", Handled.AddDays(1));

        Assert.Equal(CaseStatus.Resolved, complaint.Status);
        Assert.IsType<MarkMisuseConfirmedDomainEvent>(Assert.Single(complaint.PendingEvents()));
    }

    [Fact]
    public void A_finding_waits_for_acceptance()
    {
        var complaint = Received(CaseKind.Complaint, creditCode: CreditCode);

        var refused = Assert.Throws<ConflictException>(
            () => complaint.RecordFinding(FindingKind.Counterfeit, "假冒品牌", "unit-310000", Handled));

        Assert.Equal("A finding is recorded on an accepted case.", refused.Message);
        Assert.Empty(complaint.Findings);
        Assert.Empty(complaint.PendingEvents());
    }

    [Theory]
    [InlineData(FindingKind.Counterfeit, "A counterfeiting finding needs the respondent's credit code.")]
    [InlineData(FindingKind.SafetyIncident, "A safety incident is recorded on a case about a catalog activity.")]
    public void A_finding_the_case_cannot_ground_is_refused_whatever_the_state(FindingKind kind, string missing)
    {
        var accepted = Accepted();
        var received = Received(CaseKind.Complaint);

        var refused = Assert.Throws<ConflictException>(() => accepted.RecordFinding(kind, "摘要", "unit-310000", Handled));

        Assert.Equal(missing, accepted.FindingGroundsMissing(kind));
        Assert.Equal(missing, received.FindingGroundsMissing(kind));
        Assert.Equal(missing, refused.Message);
        Assert.Empty(accepted.Findings);
        Assert.Empty(accepted.PendingEvents());
    }

    [Fact]
    public void A_case_with_its_grounds_misses_none()
    {
        var complaint = Received(CaseKind.Complaint, CreditCode, Activity);

        Assert.All(Enum.GetValues<FindingKind>(), kind => Assert.Null(complaint.FindingGroundsMissing(kind)));
    }

    [Fact]
    public void A_received_case_past_its_acceptance_deadline_is_announced_overdue_once()
    {
        var complaint = Received(CaseKind.Complaint);
        var noticed = AcceptanceDue.AddMinutes(1);

        complaint.MarkOverdueAnnounced(noticed);

        Assert.Equal(noticed, complaint.OverdueNotifiedAt);
        Assert.Equal(
            new ComplaintOverdueDomainEvent(complaint.Id, "310000", AcceptanceDue, noticed, "hotline-12315"),
            Assert.Single(complaint.PendingEvents()));
        complaint.TakeEvents();
        var again = Assert.Throws<ConflictException>(() => complaint.MarkOverdueAnnounced(noticed.AddMinutes(1)));
        Assert.Equal("The case was announced overdue before.", again.Message);
        Assert.Empty(complaint.PendingEvents());
    }

    [Fact]
    public void The_overdue_announcement_waits_for_the_end_of_the_last_working_day()
    {
        var complaint = Received(CaseKind.Complaint);
        // The National Day break does not count: on the morning of 16 October, the seventh working day, it is not yet due.
        var lastDay = new DateTimeOffset(2020, 10, 16, 9, 0, 0, Beijing);

        Assert.False(complaint.IsOverdueAt(lastDay));
        Assert.Throws<ConflictException>(() => complaint.MarkOverdueAnnounced(lastDay));
        Assert.True(complaint.IsOverdueAt(AcceptanceDue));
        complaint.MarkOverdueAnnounced(AcceptanceDue);
        Assert.Equal(AcceptanceDue, complaint.OverdueNotifiedAt);
    }

    [Fact]
    public void A_decided_case_is_never_overdue()
    {
        var complaint = Accepted();

        var refused = Assert.Throws<ConflictException>(() => complaint.MarkOverdueAnnounced(AcceptanceDue.AddDays(1)));

        Assert.Equal("Only a received case past its acceptance deadline is announced overdue.", refused.Message);
        Assert.Null(complaint.OverdueNotifiedAt);
        Assert.Empty(complaint.PendingEvents());
    }

    [Theory]
    [InlineData("310000", null, true)]
    [InlineData("310000", "310000", true)]
    [InlineData("310000", "320000", false)]
    [InlineData(null, null, true)]
    [InlineData(null, "310000", false)]
    public void A_case_is_handled_by_its_unit_or_the_ministry_and_triage_only_by_the_ministry(
        string? responsible, string? bound, bool handles)
    {
        var complaint = ComplaintCase.Receive(
            Intake(CaseKind.Complaint, null, null), "hotline-12315", "d",
            (responsible, responsible is null ? RoutedBy.MinistryTriage : RoutedBy.RespondentRegion), Calendar, ReceivedAt);

        Assert.Equal(handles, complaint.IsHandledBy(bound));
    }

    private static CaseIntake Intake(CaseKind kind, string? creditCode, Guid? activityId) =>
        new("r-1", "phone", ReceivedAt, kind, CaseCategory.CounterfeitGoods, new Complainant("王小明", "13912345678", "上海"),
            new Respondent("某商场", creditCode, "某路1号", "310000"), activityId, "假冒品牌", 300m, []);

    /// <summary>A case in Shanghai's hands with its receipt already saved: its events hold only what the test does.</summary>
    private static ComplaintCase Received(CaseKind kind, string? creditCode = null, Guid? activityId = null)
    {
        var complaint = ComplaintCase.Receive(
            Intake(kind, creditCode, activityId), "hotline-12315", "d", ("310000", RoutedBy.RespondentRegion), Calendar, ReceivedAt);
        complaint.TakeEvents();
        return complaint;
    }

    private static ComplaintCase Accepted(string? creditCode = null, Guid? activityId = null)
    {
        var complaint = Received(CaseKind.Complaint, creditCode, activityId);
        complaint.Accept("unit-310000", Handled, Calendar);
        complaint.TakeEvents();
        return complaint;
    }
}

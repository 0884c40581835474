using PromoMonth.Complaints.Domain;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.UnitTests.Complaints;

/// <summary>
/// Suspended clocks: the time a case waits on an inspection, test or appraisal is not counted against its deadlines,
/// counted on the working-day calendar across the 2020 National Day break.
/// </summary>
public sealed class SuspendedClockTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly WorkdayCalendar Calendar = WorkdayCalendar.China;

    // Received the day before the break: seven working days (9, 10, 12-16 October) run out at the end of 16 October.
    private static readonly DateTimeOffset ReceivedAt = new(2020, 9, 30, 15, 0, 0, Beijing);
    private static readonly DateTimeOffset AcceptanceDue = new(2020, 10, 17, 0, 0, 0, Beijing);

    [Fact]
    public void A_suspension_across_the_break_moves_the_acceptance_deadline_by_the_working_days_it_lasted()
    {
        var complaint = Received(CaseKind.Complaint);

        complaint.Suspend(SuspensionReason.Testing, "样品送检", "unit-310000", new DateTimeOffset(2020, 9, 30, 16, 0, 0, Beijing));
        complaint.Resume("unit-310000", new DateTimeOffset(2020, 10, 12, 9, 0, 0, Beijing), Calendar);

        // After 30 September up to and including 12 October: 9 (Friday), 10 (the make-up Saturday) and 12 October.
        Assert.Equal(3, complaint.SuspendedWorkingDays);
        // 16 October plus three working days (19, 20, 21 October): due at the end of the 21st.
        Assert.Equal(new DateTimeOffset(2020, 10, 22, 0, 0, 0, Beijing), complaint.AcceptanceDueAt);
        Assert.Equal(["receive", "suspend", "resume"], complaint.History.Select(s => s.Action));
        Assert.Equal("Testing: 样品送检", complaint.History[1].Reason);
        Assert.False(complaint.IsSuspended);
    }

    [Fact]
    public void A_suspension_that_starts_and_ends_on_the_same_day_moves_no_deadline()
    {
        var complaint = Received(CaseKind.Report);
        var verificationDue = complaint.VerificationDueAt;

        complaint.Suspend(SuspensionReason.Inspection, null, "unit-310000", new DateTimeOffset(2020, 10, 12, 9, 0, 0, Beijing));
        complaint.Resume("unit-310000", new DateTimeOffset(2020, 10, 12, 17, 30, 0, Beijing), Calendar);

        Assert.Equal(0, complaint.SuspendedWorkingDays);
        Assert.Equal(AcceptanceDue, complaint.AcceptanceDueAt);
        Assert.Equal(verificationDue, complaint.VerificationDueAt);
    }

    [Fact]
    public void A_suspension_over_a_weekend_counts_only_the_working_day_it_ended_on()
    {
        var complaint = Received(CaseKind.Complaint);

        complaint.Suspend(SuspensionReason.Appraisal, null, "unit-310000", new DateTimeOffset(2020, 10, 16, 17, 0, 0, Beijing));
        complaint.Resume("unit-310000", new DateTimeOffset(2020, 10, 19, 9, 0, 0, Beijing), Calendar);

        Assert.Equal(1, complaint.SuspendedWorkingDays);
        Assert.Equal(new DateTimeOffset(2020, 10, 20, 0, 0, 0, Beijing), complaint.AcceptanceDueAt);
    }

    [Fact]
    public void Only_the_running_clocks_move_a_mediation_after_acceptance_and_a_reports_verification()
    {
        var complaint = Received(CaseKind.Complaint);
        complaint.Accept("unit-310000", new DateTimeOffset(2020, 10, 12, 10, 0, 0, Beijing), Calendar);
        var mediationDue = complaint.MediationDueAt!.Value;

        complaint.Suspend(SuspensionReason.Testing, null, "unit-310000", new DateTimeOffset(2020, 10, 13, 10, 0, 0, Beijing));
        complaint.Resume("unit-310000", new DateTimeOffset(2020, 10, 20, 10, 0, 0, Beijing), Calendar);

        // 14, 15, 16, 19 and 20 October.
        Assert.Equal(5, complaint.SuspendedWorkingDays);
        Assert.Equal(StatutoryClock.MovedBy(mediationDue, 5, Calendar), complaint.MediationDueAt);
        Assert.Equal(AcceptanceDue, complaint.AcceptanceDueAt);
    }

    [Fact]
    public void A_suspended_case_is_never_overdue_nor_warned_and_is_not_decided_until_it_resumes()
    {
        var complaint = Received(CaseKind.Complaint);
        var suspendedAt = new DateTimeOffset(2020, 10, 15, 9, 0, 0, Beijing);
        complaint.Suspend(SuspensionReason.Calibration, null, "unit-310000", suspendedAt);
        var afterTheDeadline = AcceptanceDue.AddDays(3);

        Assert.False(complaint.IsOverdueAt(afterTheDeadline));
        Assert.False(complaint.WarnOfDeadline(CaseDeadline.Acceptance, AcceptanceDue.AddHours(-1), 1, Calendar));
        Assert.Throws<ConflictException>(() => complaint.MarkOverdueAnnounced(afterTheDeadline));
        Assert.Throws<ConflictException>(() => complaint.Accept("unit-310000", suspendedAt, Calendar));
        Assert.Throws<ConflictException>(() => complaint.Reject(RejectionGround.OutsideRemit, null, "unit-310000", suspendedAt));
        Assert.Throws<ConflictException>(() => complaint.Suspend(SuspensionReason.Testing, null, "unit-310000", suspendedAt));
    }

    [Fact]
    public void A_case_in_mediation_is_not_resolved_while_suspended()
    {
        var complaint = Received(CaseKind.Complaint);
        var at = new DateTimeOffset(2020, 10, 12, 10, 0, 0, Beijing);
        complaint.Accept("unit-310000", at, Calendar);
        complaint.Suspend(SuspensionReason.Testing, null, "unit-310000", at);

        Assert.Throws<ConflictException>(() => complaint.Resolve("和解", "unit-310000", at.AddHours(1)));
        complaint.Resume("unit-310000", at.AddDays(1), Calendar);
        complaint.Resolve("和解", "unit-310000", at.AddDays(1));
        Assert.Equal(CaseStatus.Resolved, complaint.Status);
    }

    [Fact]
    public void Only_a_suspended_case_resumes_and_only_an_open_one_is_suspended()
    {
        var complaint = Received(CaseKind.Complaint);
        var at = new DateTimeOffset(2020, 10, 12, 10, 0, 0, Beijing);

        Assert.Throws<ConflictException>(() => complaint.Resume("unit-310000", at, Calendar));
        complaint.Reject(RejectionGround.OutsideRemit, null, "unit-310000", at);
        Assert.Throws<ConflictException>(() => complaint.Suspend(SuspensionReason.Testing, null, "unit-310000", at));
    }

    [Fact]
    public void Suspending_and_resuming_are_recorded_as_events_that_stay_inside_the_service()
    {
        var complaint = Received(CaseKind.Complaint);
        var since = new DateTimeOffset(2020, 10, 12, 10, 0, 0, Beijing);
        var until = new DateTimeOffset(2020, 10, 14, 10, 0, 0, Beijing);

        complaint.Suspend(SuspensionReason.Testing, null, "unit-310000", since);
        complaint.Resume("unit-310000", until, Calendar);

        Assert.Equal(
            [new ComplaintSuspendedDomainEvent(complaint.Id, "310000", SuspensionReason.Testing, since),
             new ComplaintResumedDomainEvent(complaint.Id, "310000", 2, until)],
            complaint.PendingEvents());
    }

    private static ComplaintCase Received(CaseKind kind)
    {
        var complaint = ComplaintCase.Receive(
            new CaseIntake("r-1", "phone", ReceivedAt, kind, CaseCategory.CounterfeitGoods, new Complainant("王小明", "13912345678", "上海"),
                new Respondent("某商场", null, "某路1号", "310000"), null, "假冒品牌", 300m, []),
            "hotline-12315", "d", ("310000", RoutedBy.RespondentRegion), Calendar, ReceivedAt);
        complaint.TakeEvents();
        return complaint;
    }
}

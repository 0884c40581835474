using PromoMonth.Complaints.Domain;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.UnitTests.Complaints;

/// <summary>Warnings before a breach: when each falls due on the working-day calendar; a case is warned once per deadline.</summary>
public sealed class DeadlineWarningTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly WorkdayCalendar Calendar = WorkdayCalendar.China;
    private static readonly DateTimeOffset ReceivedAt = new(2020, 9, 30, 15, 0, 0, Beijing);
    private static readonly DateTimeOffset AcceptanceDue = new(2020, 10, 17, 0, 0, 0, Beijing);

    [Theory]
    // A deadline at the end of an ordinary Friday: one working day ahead is that Friday itself, two the Thursday.
    [InlineData("2020-10-17T00:00:00+08:00", 1, "2020-10-16T00:00:00+08:00")]
    [InlineData("2020-10-17T00:00:00+08:00", 2, "2020-10-15T00:00:00+08:00")]
    // The end of 9 October, the first working day after the break: only it remains from 1 October on.
    [InlineData("2020-10-10T00:00:00+08:00", 1, "2020-10-01T00:00:00+08:00")]
    [InlineData("2020-10-10T00:00:00+08:00", 2, "2020-09-30T00:00:00+08:00")]
    // A period due on a Sunday afternoon: one working day ahead starts with the Friday.
    [InlineData("2020-09-20T17:00:00+08:00", 1, "2020-09-18T00:00:00+08:00")]
    // No lead: the warning would fall due with the deadline itself, so none is ever given.
    [InlineData("2020-10-17T00:00:00+08:00", 0, "2020-10-17T00:00:00+08:00")]
    public void A_warning_starts_with_the_first_day_from_which_the_lead_is_all_that_remains(string due, int lead, string starts) =>
        Assert.Equal(DateTimeOffset.Parse(starts), DeadlineWarning.StartsAt(DateTimeOffset.Parse(due), lead, Calendar));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_watchs_bound_asks_for_exactly_the_deadlines_whose_warning_is_due(int lead)
    {
        // Every hour from September to November 2020 against every deadline at a midnight or at 17:00 in that span.
        var dues = Enumerable.Range(0, 75).Select(d => new DateOnly(2020, 9, 1).AddDays(d))
            .SelectMany(day => new[] { ShanghaiCalendar.EndOf(day), ShanghaiCalendar.StartOf(day).AddHours(17) }).ToList();
        for (var now = new DateTimeOffset(2020, 9, 1, 0, 0, 0, Beijing); now.Month < 11; now = now.AddHours(5))
        {
            var latest = DeadlineWarning.LatestDueWarnedAt(now, lead, Calendar);
            foreach (var due in dues)
            {
                Assert.True(
                    DeadlineWarning.IsDue(due, now, lead, Calendar) == (due > now && due <= latest),
                    $"due {due:O}, now {now:O}, lead {lead}, bound {latest:O}");
            }
        }
    }

    [Fact]
    public void A_case_is_warned_once_of_its_acceptance_deadline_from_the_start_of_its_last_working_day()
    {
        var complaint = Received(CaseKind.Complaint);
        var lastDay = new DateTimeOffset(2020, 10, 16, 0, 0, 0, Beijing);

        Assert.False(complaint.WarnOfDeadline(CaseDeadline.Acceptance, lastDay.AddTicks(-1), 1, Calendar));
        Assert.True(complaint.WarnOfDeadline(CaseDeadline.Acceptance, lastDay, 1, Calendar));
        Assert.False(complaint.WarnOfDeadline(CaseDeadline.Acceptance, lastDay.AddHours(1), 1, Calendar));

        Assert.Equal(lastDay, complaint.AcceptanceWarnedAt);
        Assert.Equal(
            new ComplaintDeadlineApproachingDomainEvent(complaint.Id, "310000", CaseDeadline.Acceptance, AcceptanceDue, lastDay),
            Assert.Single(complaint.PendingEvents()));
    }

    [Fact]
    public void A_deadline_that_passed_or_is_not_running_is_not_warned_of()
    {
        var complaint = Received(CaseKind.Complaint);

        Assert.False(complaint.WarnOfDeadline(CaseDeadline.Acceptance, AcceptanceDue, 1, Calendar));
        Assert.False(complaint.WarnOfDeadline(CaseDeadline.Mediation, AcceptanceDue.AddHours(-1), 1, Calendar));
        Assert.False(complaint.WarnOfDeadline(CaseDeadline.Verification, AcceptanceDue.AddHours(-1), 1, Calendar));
        Assert.Empty(complaint.PendingEvents());
    }

    [Fact]
    public void A_deadline_a_suspension_moved_is_warned_of_again_before_its_new_day()
    {
        var complaint = Received(CaseKind.Complaint);
        Assert.True(complaint.WarnOfDeadline(CaseDeadline.Acceptance, new DateTimeOffset(2020, 10, 16, 8, 0, 0, Beijing), 1, Calendar));
        complaint.Suspend(SuspensionReason.Testing, null, "unit-310000", new DateTimeOffset(2020, 10, 16, 9, 0, 0, Beijing));
        complaint.Resume("unit-310000", new DateTimeOffset(2020, 10, 20, 9, 0, 0, Beijing), Calendar);

        // Moved by 19 and 20 October to the end of the 20th: warned again from its start, not before.
        Assert.Null(complaint.AcceptanceWarnedAt);
        Assert.False(complaint.WarnOfDeadline(CaseDeadline.Acceptance, new DateTimeOffset(2020, 10, 19, 23, 0, 0, Beijing), 1, Calendar));
        Assert.True(complaint.WarnOfDeadline(CaseDeadline.Acceptance, new DateTimeOffset(2020, 10, 20, 9, 0, 0, Beijing), 1, Calendar));
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

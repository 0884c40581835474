using PromoMonth.ServiceDefaults.Domain;
using PromoMonth.Statistics.Domain;
using static PromoMonth.UnitTests.Statistics.StatisticsFixtures;

namespace PromoMonth.UnitTests.Statistics;

public sealed class DeadlineNoticeTests
{
    [Fact]
    public void An_overdue_notice_at_the_due_time_raises_ReportOverdue()
    {
        var notice = DeadlineNotice.Claimed(Shanghai, FirstTwoWeeks, NoticeKind.Overdue, Due.AddSeconds(1));

        notice.Announce(Due);

        Assert.Equal(new ReportOverdueDomainEvent(Shanghai, FirstTwoWeeks, Due, Due.AddSeconds(1)), Assert.Single(notice.PendingEvents()));
    }

    [Fact]
    public void A_reminder_before_the_due_time_raises_ReportDeadlineApproaching()
    {
        var notice = DeadlineNotice.Claimed(Shanghai, FirstTwoWeeks, NoticeKind.Reminder, Due.AddHours(-20));

        notice.Announce(Due);

        Assert.Equal(new ReportDeadlineApproachingDomainEvent(Shanghai, FirstTwoWeeks, Due, Due.AddHours(-20)),
            Assert.Single(notice.PendingEvents()));
    }

    [Fact]
    public void A_notice_that_does_not_fit_its_due_time_is_refused()
    {
        var early = DeadlineNotice.Claimed(Shanghai, FirstTwoWeeks, NoticeKind.Overdue, Due.AddTicks(-10));
        var late = DeadlineNotice.Claimed(Shanghai, FirstTwoWeeks, NoticeKind.Reminder, Due);

        Assert.Throws<ConflictException>(() => early.Announce(Due));
        Assert.Throws<ConflictException>(() => late.Announce(Due));
        Assert.Empty(early.PendingEvents());
        Assert.Empty(late.PendingEvents());
    }
}

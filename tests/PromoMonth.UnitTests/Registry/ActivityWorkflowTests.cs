using PromoMonth.EventRegistry.Domain;
using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.UnitTests.Registry;

public sealed class ActivityWorkflowTests
{
    /// <summary>The whole table of the issue: every (action, from) pair that is allowed, and where it leads.</summary>
    private static readonly Dictionary<(ActivityAction, ActivityStatus), ActivityStatus> Allowed = new()
    {
        [(ActivityAction.Edit, ActivityStatus.Draft)] = ActivityStatus.Draft,
        [(ActivityAction.Edit, ActivityStatus.Returned)] = ActivityStatus.Returned,
        [(ActivityAction.Submit, ActivityStatus.Draft)] = ActivityStatus.Submitted,
        [(ActivityAction.Submit, ActivityStatus.Returned)] = ActivityStatus.Submitted,
        [(ActivityAction.Approve, ActivityStatus.Submitted)] = ActivityStatus.Approved,
        [(ActivityAction.Return, ActivityStatus.Submitted)] = ActivityStatus.Returned,
        [(ActivityAction.Cancel, ActivityStatus.Approved)] = ActivityStatus.Cancelled,
        [(ActivityAction.Cancel, ActivityStatus.Postponed)] = ActivityStatus.Cancelled,
        [(ActivityAction.Postpone, ActivityStatus.Approved)] = ActivityStatus.Postponed,
        [(ActivityAction.Postpone, ActivityStatus.Postponed)] = ActivityStatus.Postponed,
        [(ActivityAction.Complete, ActivityStatus.Approved)] = ActivityStatus.Completed,
        [(ActivityAction.Complete, ActivityStatus.Postponed)] = ActivityStatus.Completed,
    };

    public static IEnumerable<object[]> EveryPair() =>
        from action in Enum.GetValues<ActivityAction>().Where(a => a != ActivityAction.Create)
        from status in Enum.GetValues<ActivityStatus>()
        select new object[] { action, status };

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Each_action_is_allowed_exactly_where_the_workflow_says(ActivityAction action, ActivityStatus from)
    {
        if (Allowed.TryGetValue((action, from), out var to))
        {
            Assert.True(ActivityWorkflow.IsAllowed(action, from));
            Assert.Equal(to, ActivityWorkflow.Next(action, from));
        }
        else
        {
            Assert.False(ActivityWorkflow.IsAllowed(action, from));
            var refused = Assert.Throws<ConflictException>(() => ActivityWorkflow.Next(action, from));
            Assert.Equal(ActivityConflict.Title, refused.Title);
            Assert.Contains(from.ToString().ToLowerInvariant(), refused.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_returned_activity_is_edited_resubmitted_and_approved_with_every_step_in_its_history()
    {
        var now = new DateTimeOffset(2020, 9, 1, 9, 0, 0, TimeSpan.FromHours(8));
        var campaign = Campaign.Of2020(now);
        var activity = Activity.Draft(campaign.Id, Samples.Offline(), "unit-310000", now);

        activity.Submit("unit-310000", now.AddHours(1));
        activity.Return("缺少应急预案细节", "ministry", now.AddHours(2));
        activity.Edit(Samples.Offline() with { Title = "上海夜生活节（修订）" }, "unit-310000", now.AddHours(3));
        activity.Submit("unit-310000", now.AddHours(4));
        activity.Approve(campaign, "ministry", now.AddHours(5));

        Assert.Equal(ActivityStatus.Approved, activity.Status);
        Assert.Equal(["Create", "Submit", "Return", "Edit", "Submit", "Approve"], activity.History.Select(t => t.Action.ToString()));
        Assert.Equal("缺少应急预案细节", activity.History.Single(t => t.Action == ActivityAction.Return).Reason);
        Assert.Equal("ministry", activity.History.Last().By);
    }

    [Fact]
    public void A_postponement_keeps_the_old_dates_in_the_history()
    {
        var now = new DateTimeOffset(2020, 9, 1, 9, 0, 0, TimeSpan.FromHours(8));
        var activity = Approved(now);
        var (oldStart, oldEnd) = (activity.Details.StartsAt, activity.Details.EndsAt);

        activity.Postpone(oldStart.AddDays(7), oldEnd.AddDays(7), "台风预警", "unit-310000", now.AddDays(1));

        Assert.Equal(ActivityStatus.Postponed, activity.Status);
        Assert.Equal(oldStart.AddDays(7), activity.Details.StartsAt);
        var step = activity.History.Last();
        Assert.Equal((oldStart, oldEnd), (step.PreviousStartsAt!.Value, step.PreviousEndsAt!.Value));
    }

    [Fact]
    public void An_activity_completes_only_after_its_end()
    {
        var now = new DateTimeOffset(2020, 9, 1, 9, 0, 0, TimeSpan.FromHours(8));
        var activity = Approved(now);

        Assert.Throws<ConflictException>(() => activity.Complete("unit-310000", activity.Details.EndsAt.AddMinutes(-1)));
        activity.Complete("unit-310000", activity.Details.EndsAt);

        Assert.Equal(ActivityStatus.Completed, activity.Status);
    }

    [Fact]
    public void An_activity_cannot_move_to_another_region()
    {
        var activity = Activity.Draft(Guid.NewGuid(), Samples.Offline(), "unit-310000", DateTimeOffset.UnixEpoch);

        var elsewhere = Samples.Offline() with { RegionCode = "320000", CityCode = "320100" };

        Assert.Throws<ConflictException>(() => activity.Edit(elsewhere, "unit-310000", DateTimeOffset.UnixEpoch));
    }

    private static Activity Approved(DateTimeOffset now)
    {
        var campaign = Campaign.Of2020(now);
        var activity = Activity.Draft(campaign.Id, Samples.Offline(), "unit-310000", now);
        activity.Submit("unit-310000", now);
        activity.Approve(campaign, "ministry", now);
        return activity;
    }
}

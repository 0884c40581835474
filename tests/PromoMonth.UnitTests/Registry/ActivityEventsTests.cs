using PromoMonth.Contracts;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.EventRegistry.Infrastructure;
using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.UnitTests.Registry;

/// <summary>Each workflow step that other services hear of raises its event, and a refused step raises nothing.</summary>
public sealed class ActivityEventsTests
{
    private static readonly Campaign Campaign = Campaign.Of2020(Samples.Now);
    private static readonly RegistryEventContracts Contracts = new();

    [Fact]
    public void Approving_raises_ActivityApproved_with_the_campaign_and_the_participants()
    {
        var enterpriseId = Guid.NewGuid();
        var activity = Samples.Submitted(Campaign, Samples.Offline() with { ParticipatingEnterpriseIds = [enterpriseId] });
        var at = Samples.Now.AddHours(2);

        activity.Approve(Campaign, "ministry", at);

        var raised = Assert.IsType<ActivityApprovedDomainEvent>(Assert.Single(activity.PendingEvents()));
        Assert.Equal((activity, Campaign, at), (raised.Activity, raised.Campaign, raised.ApprovedAt));
        var contract = Assert.IsType<ActivityApproved>(Contracts.ToContract(raised));
        Assert.Equal(activity.Id, contract.ActivityId);
        Assert.Equal("2020", contract.CampaignCode);
        Assert.Equal(new DateOnly(2020, 10, 8), contract.CampaignEndsOn);
        Assert.Equal("310000", contract.RegionCode);
        Assert.Equal("310100", contract.CityCode);
        Assert.Equal([enterpriseId], contract.ParticipatingEnterpriseIds);
        Assert.Equal(at, contract.ApprovedAt);
    }

    [Theory]
    [InlineData(ActivityStatus.Draft)]
    [InlineData(ActivityStatus.Approved)]
    public void Approving_outside_review_is_refused_and_raises_nothing(ActivityStatus status)
    {
        var activity = Activity.Draft(Campaign.Id, Samples.Offline(), "unit-310000", Samples.Now);
        if (status == ActivityStatus.Approved)
        {
            activity = Samples.Approved(Campaign);
        }

        var refused = Assert.Throws<ConflictException>(() => activity.Approve(Campaign, "ministry", Samples.Now));

        Assert.Equal(ActivityConflict.Title, refused.Title);
        Assert.Empty(activity.PendingEvents());
    }

    [Fact]
    public void An_activity_is_approved_under_its_own_campaign_only()
    {
        var activity = Samples.Submitted(Campaign);

        Assert.Throws<ArgumentException>(() => activity.Approve(Campaign.Of2020(Samples.Now), "ministry", Samples.Now));
        Assert.Equal(ActivityStatus.Submitted, activity.Status);
    }

    [Fact]
    public void Cancelling_raises_ActivityCancelled_with_the_reason()
    {
        var activity = Samples.Approved(Campaign);
        var at = Samples.Now.AddDays(1);

        activity.Cancel("场地不可用", "unit-310000", at);

        var raised = Assert.IsType<ActivityCancelledDomainEvent>(Assert.Single(activity.PendingEvents()));
        var contract = Assert.IsType<ActivityCancelled>(Contracts.ToContract(raised));
        Assert.Equal((activity.Id, Campaign.Id, "310000"), (contract.ActivityId, contract.CampaignId, contract.RegionCode));
        Assert.Equal(("场地不可用", at), (contract.Reason, contract.CancelledAt));
    }

    [Theory]
    [InlineData(ActivityStatus.Draft)]
    [InlineData(ActivityStatus.Submitted)]
    public void Cancelling_before_approval_is_refused_and_raises_nothing(ActivityStatus status)
    {
        var activity = status == ActivityStatus.Draft
            ? Activity.Draft(Campaign.Id, Samples.Offline(), "unit-310000", Samples.Now)
            : Samples.Submitted(Campaign);

        var refused = Assert.Throws<ConflictException>(() => activity.Cancel("不办了", "unit-310000", Samples.Now));

        Assert.Contains(status.ToString().ToLowerInvariant(), refused.Message, StringComparison.Ordinal);
        Assert.Empty(activity.PendingEvents());
    }

    [Fact]
    public void Postponing_raises_ActivityPostponed_with_the_old_and_the_new_dates()
    {
        var activity = Samples.Approved(Campaign);
        var (oldStart, oldEnd) = (activity.Details.StartsAt, activity.Details.EndsAt);

        activity.Postpone(oldStart.AddDays(7), oldEnd.AddDays(7), "台风预警", "unit-310000", Samples.Now);

        var raised = Assert.IsType<ActivityPostponedDomainEvent>(Assert.Single(activity.PendingEvents()));
        var contract = Assert.IsType<ActivityPostponed>(Contracts.ToContract(raised));
        Assert.Equal((oldStart, oldEnd), (contract.PreviousStartsAt, contract.PreviousEndsAt));
        Assert.Equal((oldStart.AddDays(7), oldEnd.AddDays(7)), (contract.StartsAt, contract.EndsAt));
        Assert.Equal("台风预警", contract.Reason);
    }

    [Fact]
    public void Postponing_a_cancelled_activity_is_refused_and_raises_nothing()
    {
        var activity = Samples.Approved(Campaign);
        activity.Cancel("取消", "unit-310000", Samples.Now);
        activity.TakeEvents();

        Assert.Throws<ConflictException>(() =>
            activity.Postpone(Samples.Now.AddDays(7), Samples.Now.AddDays(8), "改期", "unit-310000", Samples.Now));

        Assert.Empty(activity.PendingEvents());
        Assert.Equal(ActivityStatus.Cancelled, activity.Status);
    }

    [Fact]
    public void Steps_no_other_service_hears_of_raise_nothing()
    {
        var activity = Activity.Draft(Campaign.Id, Samples.Offline(), "unit-310000", Samples.Now);
        activity.Submit("unit-310000", Samples.Now);
        activity.Return("补充材料", "ministry", Samples.Now);
        activity.Edit(Samples.Offline() with { Title = "修订" }, "unit-310000", Samples.Now);

        Assert.Empty(activity.PendingEvents());
    }
}

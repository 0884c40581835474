using System.Text.Json.Nodes;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.Webhooks.Domain;

namespace PromoMonth.UnitTests.Webhooks;

public sealed class SubscriberRightsTests
{
    private static readonly Subscriber Ministry = new("ministry", ClientKinds.Ministry, null);
    private static readonly Subscriber Shanghai = new("unit-310000", ClientKinds.ReportingUnit, "310000");
    private static readonly Subscriber Hotline = new("hotline-12315", ClientKinds.Hotline, null);
    private static readonly Subscriber Broadcaster = new("broadcaster", ClientKinds.Broadcaster, null);

    [Fact]
    public void A_case_event_reaches_the_ministry_the_unit_it_is_routed_to_and_the_hotline_that_posted_it_only()
    {
        var routedToShanghai = Event(EventCatalog.CaseReceived, region: "310000", hotline: "hotline-12315");

        Assert.True(Ministry.MayRead(routedToShanghai));
        Assert.True(Shanghai.MayRead(routedToShanghai));
        Assert.True(Hotline.MayRead(routedToShanghai));
        Assert.False(new Subscriber("unit-110000", ClientKinds.ReportingUnit, "110000").MayRead(routedToShanghai));
        Assert.False(new Subscriber("hotline-12345-shanghai", ClientKinds.Hotline, null).MayRead(routedToShanghai));
        Assert.False(Broadcaster.MayRead(routedToShanghai));
    }

    [Fact]
    public void A_licence_event_reaches_the_ministry_and_its_own_regions_unit_never_a_hotline_or_the_broadcaster()
    {
        var licence = Event(EventCatalog.LicenseSuspended, region: "310000");

        Assert.True(Ministry.MayRead(licence));
        Assert.True(Shanghai.MayRead(licence));
        Assert.False(new Subscriber("unit-440300", ClientKinds.ReportingUnit, "440300").MayRead(licence));
        Assert.False(Hotline.MayRead(licence));
        Assert.False(Broadcaster.MayRead(licence));
        Assert.False(Hotline.MayHear(EventFamily.License));
    }

    [Fact]
    public void A_followed_activitys_change_reaches_its_followers_only_whoever_they_are()
    {
        var postponed = Event(EventCatalog.ActivityPostponed, region: "440300", followers: ["broadcaster", "unit-310000"]);

        Assert.True(Broadcaster.MayRead(postponed));
        Assert.True(Shanghai.MayRead(postponed));
        Assert.False(Ministry.MayRead(postponed));
    }

    [Fact]
    public void A_subscription_wants_its_types_within_its_region_filter_and_its_owners_rights()
    {
        var now = DateTimeOffset.UnixEpoch;
        var subscription = Subscription.Register(
            Ministry, new Uri("https://hooks.example.cn/in"), [EventCatalog.LicenseGranted], "310000", null, now);

        Assert.True(subscription.Wants(Event(EventCatalog.LicenseGranted, region: "310000")));
        Assert.False(subscription.Wants(Event(EventCatalog.LicenseGranted, region: "110000")));
        Assert.False(subscription.Wants(Event(EventCatalog.LicenseRevoked, region: "310000")));
    }

    [Fact]
    public void A_units_subscription_without_a_region_hears_an_activity_it_follows_in_another_region_and_no_other_regions_licences()
    {
        var subscription = Subscription.Register(Shanghai, new Uri("https://hooks.example.cn/in"),
            [EventCatalog.ActivityPostponed, EventCatalog.LicenseGranted], null, null, DateTimeOffset.UnixEpoch);

        Assert.True(subscription.Wants(Event(EventCatalog.ActivityPostponed, region: "440300", followers: ["unit-310000"])));
        Assert.False(subscription.Wants(Event(EventCatalog.LicenseGranted, region: "440300")));
        Assert.True(subscription.Wants(Event(EventCatalog.LicenseGranted, region: "310000")));
    }

    [Fact]
    public void A_rotated_secret_signs_beside_the_new_one_for_its_grace_and_then_not()
    {
        var now = DateTimeOffset.UnixEpoch;
        var subscription = Subscription.Register(
            Ministry, new Uri("https://hooks.example.cn/in"), [EventCatalog.CaseReceived], null, null, now);
        var first = subscription.Secret;

        subscription.RotateSecret(TimeSpan.FromHours(24), now);

        Assert.NotEqual(first, subscription.Secret);
        Assert.Equal([subscription.Secret, first], subscription.SigningSecrets(now.AddHours(23)));
        Assert.Equal([subscription.Secret], subscription.SigningSecrets(now.AddHours(24)));
        Assert.StartsWith(SigningSecret.Prefix, subscription.Secret, StringComparison.Ordinal);
    }

    private static WebhookEvent Event(string type, string? region = null, string? hotline = null, string[]? followers = null) =>
        new(EventCatalog.Find(type)!, DateTimeOffset.UnixEpoch, new JsonObject(), region, hotline, followers);
}

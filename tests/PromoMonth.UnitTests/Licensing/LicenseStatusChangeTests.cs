using PromoMonth.Licensing.Domain;
using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.UnitTests.Licensing;

/// <summary>A licence records what happened to it as it happens; a change its state refuses is a conflict.</summary>
public sealed class LicenseStatusChangeTests
{
    private static readonly DateTimeOffset Granted = new(2020, 9, 10, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_grant_raises_license_granted_and_an_activitys_licence_covers_the_activity()
    {
        var activity = LicenseSamples.Activity();
        var license = License.Grant("CPM2020-310000-00007", new LicenseTerms(activity, "2020", Granted.AddDays(30)),
            ["南京路步行街"], ["某商城旗舰店"], "unit-310000", Granted);

        var granted = Assert.IsType<LicenseGrantedDomainEvent>(Assert.Single(license.PendingEvents()));
        Assert.Same(license, granted.License);
        Assert.Equal(Granted, granted.At);
        Assert.Equal([activity.ActivityId], license.Scope.Activities);
        Assert.Equal(LicenseeKind.Activity, license.LicenseeKind);
        Assert.Equal("上海夜生活节", license.LicenseePublicName);
        Assert.Equal(activity.CampaignId, license.CampaignId);
    }

    [Fact]
    public void An_enterprises_licence_covers_no_activity()
    {
        var license = License.Grant("CPM2020-310000-00008", new LicenseTerms(LicenseSamples.Enterprise(committed: true), "2020",
            Granted.AddDays(30)), [], [], "ministry", Granted);

        Assert.Empty(license.Scope.Activities);
        Assert.Equal(LicenseeKind.Enterprise, license.LicenseeKind);
    }

    [Fact]
    public void Terms_that_ran_out_before_the_grant_are_refused()
    {
        var stale = new LicenseTerms(LicenseSamples.Activity(), "2020", Granted);

        Assert.Throws<ArgumentOutOfRangeException>(() => License.Grant("CPM2020-310000-00009", stale, [], [], "ministry", Granted));
    }

    [Fact]
    public void Suspend_revoke_and_reinstate_each_raise_their_event_with_the_reason()
    {
        var license = Granted30Days();

        Assert.True(license.Suspend("假冒伪劣查实", "complaints", Granted.AddDays(1)));
        Assert.True(license.Reinstate("复核后恢复", "ministry", Granted.AddDays(2)));
        Assert.True(license.Revoke("复核后撤销", "ministry", Granted.AddDays(3)));

        Assert.Collection(license.PendingEvents(),
            e => Assert.Equal("假冒伪劣查实", Assert.IsType<LicenseSuspendedDomainEvent>(e).Reason),
            e => Assert.Equal("复核后恢复", Assert.IsType<LicenseReinstatedDomainEvent>(e).Reason),
            e => Assert.Equal(Granted.AddDays(3), Assert.IsType<LicenseRevokedDomainEvent>(e).At));
        Assert.Equal(["grant", "suspend", "reinstate", "revoke"], license.History.Select(h => h.Action));
    }

    [Fact]
    public void A_repeated_change_changes_nothing_and_raises_nothing()
    {
        var license = Granted30Days();

        Assert.True(license.Suspend("假冒伪劣查实", "complaints", Granted.AddDays(1)));
        Assert.False(license.Suspend("假冒伪劣查实", "complaints", Granted.AddDays(1)));

        Assert.Single(license.PendingEvents());
    }

    [Fact]
    public void Reinstating_an_active_licence_changes_nothing()
    {
        var license = Granted30Days();

        Assert.False(license.Reinstate("复核后恢复", "ministry", Granted.AddDays(1)));
        Assert.Empty(license.PendingEvents());
    }

    [Fact]
    public void A_revoked_licence_cannot_be_reinstated_or_suspended()
    {
        var license = Granted30Days();
        Assert.True(license.Revoke("复核后撤销", "ministry", Granted.AddDays(2)));
        license.TakeEvents();

        var reinstate = Assert.Throws<ConflictException>(() => license.Reinstate("误撤", "ministry", Granted.AddDays(3)));
        var suspend = Assert.Throws<ConflictException>(() => license.Suspend("再查", "complaints", Granted.AddDays(3)));

        Assert.Equal("A revoked licence cannot be reinstated.", reinstate.Message);
        Assert.Equal("A revoked licence cannot be suspended.", suspend.Message);
        Assert.Equal(License.ChangeRefusedTitle, reinstate.Title);
        Assert.Empty(license.PendingEvents());
        Assert.Equal(["grant", "revoke"], license.History.Select(h => h.Action));
    }

    private static License Granted30Days()
    {
        var license = LicenseSamples.Granted(Granted, Granted.AddDays(30));
        license.TakeEvents();
        return license;
    }
}

using PromoMonth.Licensing.Domain;
using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.UnitTests.Licensing;

/// <summary>Who may be licensed, by whom, for how long: the rules a grant is decided by, in the order a caller learns them.</summary>
public sealed class LicenseEligibilityTests
{
    private static readonly DateTimeOffset Now = new(2020, 9, 10, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly LicenseGrantPolicy Policy = new(GraceDays: 30, MaxValidityDays: 120);

    [Theory]
    [InlineData(LicenseeKind.Activity, "No approved catalog activity has this id.")]
    [InlineData(LicenseeKind.Enterprise, "No registered key enterprise has this id.")]
    public void An_unknown_licensee_fails_the_preconditions(LicenseeKind kind, string reason) =>
        AssertRefused(LicenseEligibility.Decide(kind, null, null, null, Policy, Now), LicenseRefusalKind.Precondition, reason);

    [Fact]
    public void A_cancelled_activity_may_not_be_licensed()
    {
        var activity = LicenseSamples.Activity(cancelled: true);

        Assert.Equal("The activity is cancelled.", activity.WhyNotLicensable());
        AssertRefused(Decide(activity), LicenseRefusalKind.Precondition, "The activity is cancelled.");
    }

    [Fact]
    public void An_enterprise_needs_its_commitment_letter()
    {
        AssertRefused(Decide(LicenseSamples.Enterprise(committed: false)), LicenseRefusalKind.Precondition,
            "The enterprise has no commitment letter on file.");
        Assert.Null(LicenseSamples.Enterprise(committed: true).WhyNotLicensable());
    }

    [Fact]
    public void A_unit_licenses_within_its_own_region_only_and_the_ministry_anywhere()
    {
        var activity = LicenseSamples.Activity(region: "310000");

        var refusal = Assert.Throws<RegionForbiddenException>(() => Decide(activity, grantorRegion: "320000"));
        Assert.Equal("310000", refusal.RegionCode);
        Assert.True(Decide(activity, grantorRegion: "310000").IsGranted(out _, out _));
        Assert.True(Decide(activity, grantorRegion: null).IsGranted(out _, out _));
    }

    [Fact]
    public void A_refused_licensee_is_told_so_before_the_region()
    {
        AssertRefused(Decide(LicenseSamples.Activity(cancelled: true), grantorRegion: "320000"), LicenseRefusalKind.Precondition,
            "The activity is cancelled.");
    }

    [Fact]
    public void A_licensee_of_an_unknown_campaign_waits()
    {
        AssertRefused(Decide(LicenseSamples.Activity(campaignCode: null)), LicenseRefusalKind.Precondition,
            "The licensee's campaign is not known to licensing yet.");
    }

    [Fact]
    public void A_validity_past_the_campaigns_end_plus_grace_is_refused()
    {
        var decision = Decide(LicenseSamples.Activity(), requestedUntil: Now.AddDays(90));

        Assert.False(decision.IsGranted(out _, out var refusal));
        Assert.Equal(LicenseRefusalKind.Validity, refusal.Kind);
    }

    [Fact]
    public void Granted_terms_carry_the_campaign_and_the_default_validity()
    {
        var activity = LicenseSamples.Activity();

        Assert.True(Decide(activity).IsGranted(out var terms, out _));
        Assert.Same(activity, terms.Licensee);
        Assert.Equal("2020", terms.CampaignCode);
        Assert.Equal(LicenseValidity.DefaultUntil(LicenseSamples.CampaignEnd, 30), terms.ValidUntil);
    }

    private static LicenseDecision Decide(ILicensable licensee, string? grantorRegion = null, DateTimeOffset? requestedUntil = null) =>
        LicenseEligibility.Decide(licensee.Kind, licensee, grantorRegion, requestedUntil, Policy, Now);

    private static void AssertRefused(LicenseDecision decision, LicenseRefusalKind kind, string reason)
    {
        Assert.False(decision.IsGranted(out _, out var refusal));
        Assert.Equal(kind, refusal.Kind);
        Assert.Equal(reason, refusal.Reason);
    }
}

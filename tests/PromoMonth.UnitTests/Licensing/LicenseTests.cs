using Microsoft.Extensions.Time.Testing;
using PromoMonth.Licensing.Domain;

namespace PromoMonth.UnitTests.Licensing;

public sealed class LicenseTests
{
    private static readonly DateOnly CampaignEnd = new(2020, 10, 8);
    private static readonly DateTimeOffset Granted = new(2020, 9, 10, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void By_default_a_licence_runs_to_the_end_of_the_campaigns_last_day_plus_the_grace_in_Shanghai_time()
    {
        var (until, error) = LicenseValidity.Resolve(Granted, CampaignEnd, requested: null, graceDays: 30, maxDays: 120);

        Assert.Null(error);
        // 2020-11-07 ends at 2020-11-08T00:00+08:00, which is 2020-11-07T16:00Z.
        Assert.Equal(new DateTimeOffset(2020, 11, 7, 16, 0, 0, TimeSpan.Zero), until);
    }

    [Fact]
    public void The_ministrys_maximum_caps_the_validity()
    {
        var (until, _) = LicenseValidity.Resolve(Granted, CampaignEnd, requested: null, graceDays: 30, maxDays: 20);

        Assert.Equal(Granted.AddDays(20), until);
    }

    [Fact]
    public void A_requested_end_past_the_default_or_before_the_grant_is_refused()
    {
        Assert.NotNull(LicenseValidity.Resolve(Granted, CampaignEnd, Granted.AddDays(90), 30, 120).Error);
        Assert.NotNull(LicenseValidity.Resolve(Granted, CampaignEnd, Granted.AddMinutes(-1), 30, 120).Error);
        Assert.Null(LicenseValidity.Resolve(Granted, CampaignEnd, Granted.AddDays(5), 30, 120).Error);
    }

    [Fact]
    public void Expiry_follows_the_clock_without_any_job()
    {
        var clock = new FakeTimeProvider(Granted);
        var license = Sample(clock.GetUtcNow(), validUntil: Granted.AddDays(1));

        Assert.Equal(LicenseStatus.Active, license.StatusAt(clock.GetUtcNow()));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(LicenseStatus.Expired, license.StatusAt(clock.GetUtcNow()));
    }

    private static License Sample(DateTimeOffset now, DateTimeOffset validUntil) =>
        LicenseSamples.Granted(now, validUntil);
}

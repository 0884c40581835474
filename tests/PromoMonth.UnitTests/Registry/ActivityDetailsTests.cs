using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.UnitTests.Registry;

public sealed class ActivityDetailsTests
{
    [Fact]
    public void A_complete_offline_activity_has_no_errors() => Assert.False(Samples.Offline().Validate().Any);

    [Fact]
    public void An_end_before_the_start_is_refused()
    {
        var details = Samples.Offline() with { EndsAt = Samples.Offline().StartsAt.AddMinutes(-1) };

        Assert.Contains("endsAt", details.Validate().Fields);
    }

    [Theory]
    [InlineData(AttendanceMode.Offline)]
    [InlineData(AttendanceMode.Mixed)]
    public void On_site_activities_need_both_plans_and_an_emergency_contact(AttendanceMode mode)
    {
        var details = Samples.Offline() with
        {
            AttendanceMode = mode,
            OnlineLinks = ["https://live.example.cn/1"],
            EpidemicPreventionPlan = " ",
            EmergencyPlan = null,
            EmergencyContact = null,
        };

        Assert.Equal(
            ["emergencyContact", "emergencyPlan", "epidemicPreventionPlan"],
            details.Validate().Fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_online_activity_needs_a_link_but_no_on_site_plans()
    {
        var online = Samples.Offline() with
        {
            AttendanceMode = AttendanceMode.Online,
            Venue = "",
            Address = "",
            EpidemicPreventionPlan = null,
            EmergencyPlan = null,
            EmergencyContact = null,
        };

        Assert.Equal(["onlineLinks"], online.Validate().Fields);
        Assert.False((online with { OnlineLinks = ["https://live.example.cn/1"] }).Validate().Any);
    }

    [Fact]
    public void Links_must_be_web_addresses_and_the_city_must_lie_in_the_region()
    {
        var details = Samples.Offline() with
        {
            CityCode = "320100",
            Publicity = [new Publicity(PublicityChannel.Other, "javascript:alert(1)")],
        };

        Assert.Equal(["cityCode", "publicity"], details.Validate().Fields.Order(StringComparer.Ordinal));
    }
}

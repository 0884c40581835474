using PromoMonth.Identity.Apis;

namespace PromoMonth.UnitTests.Security;

public sealed class NewClientValidationTests
{
    [Fact]
    public void A_reporting_unit_client_must_be_bound_to_a_known_region()
    {
        Assert.False(new NewClient("unit-extra", "Extra", "reportingUnit", "310000", ["registry"], null).Validate().Any);
        Assert.Contains("regionCode", new NewClient("unit-extra", "Extra", "reportingUnit", null, ["registry"], null).Validate().Fields);
        Assert.Contains("regionCode", new NewClient("unit-extra", "Extra", "reportingUnit", "710000", ["registry"], null).Validate().Fields);
    }

    [Fact]
    public void Only_reporting_unit_clients_carry_a_region()
    {
        Assert.Contains("regionCode", new NewClient("hotline-x", "X", "hotline", "310000", ["complaints.intake"], null).Validate().Fields);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(601)]
    public void Token_lifetimes_stay_within_minutes(int seconds)
    {
        Assert.Contains("accessTokenLifetimeSeconds", new NewClient("partner-x", "X", "broadcaster", null, ["registry"], seconds).Validate().Fields);
    }

    [Fact]
    public void Unknown_scopes_and_malformed_ids_are_named()
    {
        var errors = new NewClient("Partner X", "X", "broadcaster", null, ["registry", "admin"], null).Validate();

        Assert.Contains("clientId", errors.Fields);
        Assert.Contains("scopes", errors.Fields);
    }
}

using PromoMonth.Identity.Apis;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.UnitTests.Security;

public sealed class NewClientValidationTests
{
    [Fact]
    public void A_reporting_unit_client_must_be_bound_to_a_known_region()
    {
        Assert.True(new NewClient("unit-extra", "Extra", "reportingUnit", "310000", ["registry"], null).Validate().IsValid(out _, out _));
        Assert.Contains("regionCode", Errors(new NewClient("unit-extra", "Extra", "reportingUnit", null, ["registry"], null)).Fields);
        Assert.Contains("regionCode", Errors(new NewClient("unit-extra", "Extra", "reportingUnit", "710000", ["registry"], null)).Fields);
    }

    [Fact]
    public void A_valid_client_reads_as_a_registration_with_every_field()
    {
        Assert.True(new NewClient("unit-extra", "Extra", "reportingUnit", "310000", ["registry"], 300).Validate()
            .IsValid(out var registration, out _));

        Assert.Equal("unit-extra", registration.ClientId);
        Assert.Equal("Extra", registration.DisplayName);
        Assert.Equal("reportingUnit", registration.Kind);
        Assert.Equal("310000", registration.RegionCode);
        Assert.Equal(["registry"], registration.Scopes);
        Assert.Equal(300, registration.AccessTokenLifetimeSeconds);
    }

    [Fact]
    public void Only_reporting_unit_clients_carry_a_region()
    {
        Assert.Contains("regionCode", Errors(new NewClient("hotline-x", "X", "hotline", "310000", ["complaints.intake"], null)).Fields);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(601)]
    public void Token_lifetimes_stay_within_minutes(int seconds)
    {
        var errors = Errors(new NewClient("partner-x", "X", "broadcaster", null, ["registry"], seconds));

        Assert.Contains("accessTokenLifetimeSeconds", errors.Fields);
    }

    [Fact]
    public void Unknown_scopes_and_malformed_ids_are_named()
    {
        var errors = Errors(new NewClient("Partner X", "X", "broadcaster", null, ["registry", "admin"], null));

        Assert.Contains("clientId", errors.Fields);
        Assert.Contains("scopes", errors.Fields);
    }

    [Fact]
    public void Missing_fields_are_named_not_thrown()
    {
        var errors = Errors(new NewClient(null, null, null, null, null, null));

        Assert.Equal(["clientId", "displayName", "kind", "scopes"], errors.Fields);
    }

    private static RequestErrors Errors(NewClient client)
    {
        Assert.False(client.Validate().IsValid(out _, out var errors));
        return errors;
    }
}

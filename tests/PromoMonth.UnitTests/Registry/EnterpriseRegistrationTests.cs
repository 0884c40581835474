using PromoMonth.EventRegistry.Apis;

namespace PromoMonth.UnitTests.Registry;

public sealed class EnterpriseRegistrationTests
{
    [Fact]
    public void A_complete_registration_has_no_errors()
    {
        var errors = new EnterpriseRegistration(null, "91310000MA1FL1234Q", "百联集团", "310000", null, "retail").Validate(out var code);
        Assert.False(errors.Any, errors.ToString());
        Assert.NotNull(code);
    }

    [Fact]
    public void Every_wrong_field_is_named()
    {
        var errors = new EnterpriseRegistration(null, "91310000MA1FL1234R", " ", "710000", null, new string('x', 101)).Validate(out var code);
        Assert.Null(code);
        Assert.Equal(["creditCode", "industry", "name", "regionCode"], errors.Fields.Order(StringComparer.Ordinal));
    }
}

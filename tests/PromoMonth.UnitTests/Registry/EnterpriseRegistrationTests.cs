using PromoMonth.EventRegistry.Apis;
using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.UnitTests.Registry;

public sealed class EnterpriseRegistrationTests
{
    private static readonly Campaign Campaign = Campaign.Of2020(Samples.Now);

    [Fact]
    public void A_complete_registration_gives_the_facts_with_the_parsed_code()
    {
        var registration = new EnterpriseRegistration(null, " 91310000ma1fl1234q ", " 百联集团 ", "310000", null, "retail",
            new ContactRequest(" 王伟 ", null, " 13900000001 ", null), OutOfRegionReason: "  ");

        Assert.True(registration.Validate(Campaign).IsValid(out var intake, out var errors), errors?.ToString());
        Assert.Same(Campaign, intake.Campaign);
        Assert.Equal("91310000MA1FL1234Q", intake.Facts.CreditCode.Value);
        Assert.Equal("百联集团", intake.Facts.Name);
        Assert.Equal(new EnterpriseContact("王伟", null, "13900000001", null), intake.Facts.Contact);
        Assert.Null(intake.Facts.OutOfRegionReason);
    }

    [Fact]
    public void Every_wrong_field_is_named()
    {
        var registration = new EnterpriseRegistration(null, "91310000MA1FL1234R", " ", "710000", null, new string('x', 101),
            new ContactRequest("王伟", null, " ", null));

        Assert.False(registration.Validate(null).IsValid(out _, out var errors));
        Assert.Equal(
            ["campaignId", "contact", "creditCode", "industry", "name", "regionCode"],
            errors.Fields.Order(StringComparer.Ordinal));
    }
}

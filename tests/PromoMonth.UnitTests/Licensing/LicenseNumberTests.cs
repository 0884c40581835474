using PromoMonth.Licensing.Domain;
using PromoMonth.Licensing.Infrastructure;

namespace PromoMonth.UnitTests.Licensing;

public sealed class LicenseNumberTests
{
    [Theory]
    [InlineData("2020", "310000", 1)]
    [InlineData("2020", "110000", 99999)]
    [InlineData("2020", "660000", 123456)]
    [InlineData("2021A", "210200", int.MaxValue)]
    public void Every_number_the_service_hands_out_is_well_formed(string campaign, string region, int serial) =>
        Assert.True(LicenseNumber.IsWellFormed(LicenseNumbers.Format(campaign, region, serial)));

    [Theory]
    [InlineData("")]
    [InlineData("_constant")]
    [InlineData("mark")]
    [InlineData("CPM2020-310000-0001")]
    [InlineData("CPM2020-31000-00001")]
    [InlineData("CPM-310000-00001")]
    [InlineData("cpm2020-310000-00001")]
    [InlineData("CPM2020-310000-00001 ")]
    [InlineData("CPM2020-310000-00001\n")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("CPM2020-310000-00001/../../x")]
    [InlineData("CPM2020-310000-12345678901")]
    [InlineData("CPM123456789012345678901-310000-00001")]
    public void A_string_of_another_shape_is_not(string candidate) => Assert.False(LicenseNumber.IsWellFormed(candidate));

    [Fact]
    public void A_number_typed_from_a_sticker_is_normalised_first() =>
        Assert.True(LicenseNumber.IsWellFormed(LicenseNumber.Normalize("  cpm2020-310000-00042 ")));
}

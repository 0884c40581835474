using PromoMonth.Contracts;

namespace PromoMonth.UnitTests.Registry;

public sealed class RegistrationDivisionTests
{
    [Theory]
    [InlineData("210200", "210200")] // Dalian
    [InlineData("210204", "210200")] // a Dalian district
    [InlineData("370200", "370200")] // Qingdao
    [InlineData("370212", "370200")]
    [InlineData("330200", "330200")] // Ningbo
    [InlineData("330203", "330200")]
    [InlineData("350200", "350200")] // Xiamen
    [InlineData("350211", "350200")]
    [InlineData("440300", "440300")] // Shenzhen
    [InlineData("440305", "440300")]
    public void A_plan_listed_city_owns_the_codes_sharing_its_first_four_digits(string division, string unit) =>
        Assert.Equal(unit, RegistrationDivision.OwnerOf(division)?.Code);

    [Theory]
    [InlineData("210100", "210000")] // Shenyang is Liaoning's
    [InlineData("370100", "370000")] // Jinan is Shandong's
    [InlineData("330106", "330000")] // a Hangzhou district is Zhejiang's
    [InlineData("350100", "350000")]
    [InlineData("440100", "440000")] // Guangzhou is Guangdong's
    [InlineData("440000", "440000")]
    [InlineData("110105", "110000")]
    [InlineData("310000", "310000")]
    [InlineData("500000", "500000")]
    [InlineData("650100", "650000")] // Urumqi is Xinjiang's
    public void A_province_owns_the_rest_of_its_two_digit_block(string division, string unit) =>
        Assert.Equal(unit, RegistrationDivision.OwnerOf(division)?.Code);

    [Theory]
    [InlineData("210200", "210000")]
    [InlineData("370211", "370000")]
    [InlineData("330200", "330000")]
    [InlineData("350203", "350000")]
    [InlineData("440304", "440000")]
    public void A_province_does_not_own_its_plan_listed_citys_codes(string division, string province) =>
        Assert.False(RegistrationDivision.BelongsTo(Code(division), province));

    [Theory]
    [InlineData("660000")] // the Corps' own market regulation bureau
    [InlineData("660100")] // the First Division (Aral)
    [InlineData("660800")] // the Eighth Division (Shihezi)
    [InlineData("659001")] // Shihezi, a Corps city in Xinjiang's 6590 block
    [InlineData("659002")] // Aral
    [InlineData("659012")] // Baiyang
    public void The_Corps_owns_its_66_block_and_its_division_cities(string division)
    {
        Assert.Equal(RegistrationDivision.CorpsUnitCode, RegistrationDivision.OwnerOf(division)?.Code);
        Assert.True(RegistrationDivision.BelongsTo(Code(division), "660000"));
        Assert.False(RegistrationDivision.BelongsTo(Code(division), "650000"));
    }

    [Theory]
    [InlineData("100000")] // the national authority: no unit's region
    [InlineData("710000")] // Taiwan
    [InlineData("810000")] // Hong Kong
    [InlineData("990000")]
    [InlineData("ABCDEF")]
    public void A_code_outside_every_units_region_has_no_owner(string division) =>
        Assert.Null(RegistrationDivision.OwnerOf(division));

    [Fact]
    public void A_Shanghai_code_does_not_belong_to_Beijing_and_the_error_names_both()
    {
        var shanghai = Code("310000");
        Assert.False(RegistrationDivision.BelongsTo(shanghai, "110000"));
        Assert.True(RegistrationDivision.BelongsTo(shanghai, "310000"));
        var message = RegistrationDivision.Mismatch(shanghai, "110000");
        Assert.Contains("310000", message, StringComparison.Ordinal);
        Assert.Contains("Shanghai", message, StringComparison.Ordinal);
        Assert.Contains("110000", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_reporting_unit_owns_its_own_code()
    {
        foreach (var unit in ReportingUnits.All)
        {
            Assert.Equal(unit.Code, RegistrationDivision.OwnerOf(unit.Code)?.Code);
        }
    }

    private static UnifiedSocialCreditCode Code(string division)
    {
        var first17 = $"91{division}MA1FL1234";
        var full = first17 + UnifiedSocialCreditCode.CheckSymbol(first17);
        Assert.True(UnifiedSocialCreditCode.TryParse(full, out var code, out var error), error);
        return code;
    }
}

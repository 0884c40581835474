using PromoMonth.Statistics.Domain.Forms;
using PromoMonth.Statistics.Domain.Reports;

namespace PromoMonth.UnitTests.Statistics;

public sealed class ReportValidatorTests
{
    private static readonly StatisticsForm Form = Form2020.Create(DateTimeOffset.UnixEpoch);

    private static Dictionary<string, decimal> Complete() => new()
    {
        ["activity_sessions"] = 120,
        ["participating_enterprises"] = 800,
        ["participating_key_enterprises"] = 60,
        ["sales_driven"] = 1_250_000.50m,
    };

    private static Dictionary<string, string[]> Validate(Dictionary<string, decimal> values, bool submit = true,
        List<BreakdownEntry>? cities = null, List<BreakdownEntry>? enterprises = null, string region = "310000") =>
        ReportValidator.Validate(Form, new ReportContent(values, cities ?? [], enterprises ?? []), region, submit);

    [Fact]
    public void A_complete_report_passes() => Assert.Empty(Validate(Complete()));

    [Fact]
    public void A_submission_names_every_missing_required_indicator_but_a_draft_may_be_partial()
    {
        var values = new Dictionary<string, decimal> { ["activity_sessions"] = 3 };

        var errors = Validate(values);

        Assert.Equal(["values.participating_enterprises", "values.sales_driven"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("参与企业数", errors["values.participating_enterprises"][0], StringComparison.Ordinal);
        Assert.Empty(Validate(values, submit: false));
    }

    [Fact]
    public void Counts_are_whole_amounts_have_two_decimals_and_bounds_hold()
    {
        var values = Complete();
        values["activity_sessions"] = 10.5m;
        values["sales_driven"] = 100.125m;
        values["key_cities"] = 101;
        values["mall_footfall"] = -1;

        var errors = Validate(values);

        Assert.Contains("whole number", errors["values.activity_sessions"].Single(), StringComparison.Ordinal);
        Assert.Contains("two decimals", errors["values.sales_driven"].Single(), StringComparison.Ordinal);
        Assert.Contains("at most 100", errors["values.key_cities"].Single(), StringComparison.Ordinal);
        Assert.Contains("at least 0", errors["values.mall_footfall"].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Growth_is_computed_never_typed_and_unknown_codes_are_refused()
    {
        var values = Complete();
        values["key_enterprise_sales_growth"] = 7.7m;
        values["sales_growth_typed_by_hand"] = 1;

        var errors = Validate(values);

        Assert.Contains("cannot be typed", errors["values.key_enterprise_sales_growth"].Single(), StringComparison.Ordinal);
        Assert.Contains("not an indicator", errors["values.sales_growth_typed_by_hand"].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_broken_cross_indicator_rule_gets_its_own_message()
    {
        var values = Complete();
        values["participating_key_enterprises"] = 900;
        values["sales_directly_driven"] = 2_000_000;

        var errors = Validate(values);

        Assert.Equal(["rules.direct-within-driven", "rules.key-within-participating"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_city_breakdown_that_does_not_add_up_to_the_total_is_an_error_not_an_override()
    {
        var cities = new List<BreakdownEntry>
        {
            new("310101", new() { ["activity_sessions"] = 100 }),
            new("310104", new() { ["activity_sessions"] = 19 }),
        };

        var errors = Validate(Complete(), cities: cities);

        Assert.Equal("The cities add up to 119, but the unit's total is 120.", errors["cities.activity_sessions"].Single());
    }

    [Fact]
    public void A_breakdown_that_adds_up_to_the_cent_passes()
    {
        var cities = new List<BreakdownEntry>
        {
            new("310101", new() { ["sales_driven"] = 1_000_000.25m, ["activity_sessions"] = 100 }),
            new("310104", new() { ["sales_driven"] = 250_000.25m, ["activity_sessions"] = 20 }),
        };
        var enterprises = new List<BreakdownEntry> { new(CreditCode(), new() { ["participating_key_enterprises"] = 60 }) };

        Assert.Empty(Validate(Complete(), cities: cities, enterprises: enterprises));
    }

    [Fact]
    public void Cities_must_lie_in_the_unit_and_enterprises_need_a_valid_credit_code()
    {
        var cities = new List<BreakdownEntry> { new("320100", new() { ["activity_sessions"] = 120 }) };
        var enterprises = new List<BreakdownEntry> { new("91310000MA1FL1234X", new() { ["participating_key_enterprises"] = 60 }) };

        var errors = Validate(Complete(), cities: cities, enterprises: enterprises);

        Assert.True(errors.ContainsKey("cities[320100]"));
        Assert.Contains("check", errors["enterprises[91310000MA1FL1234X]"].Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("310104", "310000", true)]
    [InlineData("320100", "310000", false)]
    [InlineData("210204", "210200", true)] // 大连 is a plan city: its own districts only
    [InlineData("210102", "210200", false)]
    [InlineData("210200", "210000", false)] // … and 辽宁 does not count 大连
    [InlineData("440300", "440000", false)]
    [InlineData("660800", "660000", true)] // the Corps' eighth division
    [InlineData("659001", "650000", false)] // 石河子 is a Corps city
    [InlineData("31010", "310000", false)]
    public void A_city_belongs_to_a_province_by_two_digits_and_to_a_plan_city_by_four(string city, string unit, bool belongs) =>
        Assert.Equal(belongs, ReportValidator.BelongsToUnit(city, unit));

    private static string CreditCode()
    {
        const string first17 = "91310000MA1FL1234";
        return first17 + PromoMonth.Contracts.UnifiedSocialCreditCode.CheckSymbol(first17);
    }
}

using PromoMonth.Statistics.Domain.Forms;

namespace PromoMonth.UnitTests.Statistics;

public sealed class FormArithmeticTests
{
    [Fact]
    public void Year_on_year_growth_comes_from_the_baseline()
    {
        var values = FormArithmetic.WithComputed(Form2020.Indicators, new Dictionary<string, decimal>
        {
            ["key_enterprise_sales"] = 107_700,
            ["key_enterprise_sales_last_year"] = 100_000,
        });

        Assert.Equal(7.7m, values["key_enterprise_sales_growth"]);
    }

    [Fact]
    public void The_national_growth_is_computed_from_summed_sales_not_averaged_from_unit_growth()
    {
        // Unit A grows 100% on a small base, unit B 0% on a large one: the nation grows 1%, not 50%.
        var national = new Dictionary<string, decimal>
        {
            ["key_enterprise_sales"] = 2_000 + 198_000,
            ["key_enterprise_sales_last_year"] = 1_000 + 198_000,
        };

        Assert.Equal(0.5m, FormArithmetic.WithComputed(Form2020.Indicators, national)["key_enterprise_sales_growth"]);
    }

    [Fact]
    public void A_share_is_a_percentage_and_a_zero_baseline_gives_no_value()
    {
        var values = FormArithmetic.WithComputed(Form2020.Indicators, new Dictionary<string, decimal>
        {
            ["key_enterprises_growing"] = 44,
            ["participating_key_enterprises"] = 100,
            ["key_enterprise_sales"] = 5,
            ["key_enterprise_sales_last_year"] = 0,
        });

        Assert.Equal(44m, values["key_enterprises_growing_share"]);
        Assert.False(values.ContainsKey("key_enterprise_sales_growth"));
    }
}

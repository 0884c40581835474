using PromoMonth.Statistics.Domain.Reports;

namespace PromoMonth.UnitTests.Statistics;

public sealed class OutlierAnalysisTests
{
    private static readonly decimal[] OtherUnits = [100, 110, 95, 105, 120, 90, 102];

    [Fact]
    public void A_value_far_from_the_other_units_is_flagged_not_rejected()
    {
        var flags = OutlierAnalysis.Flag(
            new Dictionary<string, decimal> { ["activity_sessions"] = 5_000, ["participating_enterprises"] = 101 },
            new Dictionary<string, List<decimal>> { ["activity_sessions"] = [.. OtherUnits],
                ["participating_enterprises"] = [.. OtherUnits] },
            new Dictionary<string, List<decimal>>());

        var flag = Assert.Single(flags);
        Assert.Equal(("activity_sessions", "units", 102m), (flag.Indicator, flag.Against, flag.Median));
        Assert.True(flag.Score > OutlierAnalysis.Threshold);
    }

    [Fact]
    public void The_units_own_history_is_a_second_reference()
    {
        var flags = OutlierAnalysis.Flag(
            new Dictionary<string, decimal> { ["sales_driven"] = 10 },
            new Dictionary<string, List<decimal>>(),
            new Dictionary<string, List<decimal>> { ["sales_driven"] = [1_000, 1_100, 900, 1_050, 980] });

        Assert.Equal("history", Assert.Single(flags).Against);
    }

    [Fact]
    public void The_median_resists_the_outlier_itself()
    {
        // With mean and standard deviation one huge value hides itself; with median and MAD it cannot.
        Assert.True(OutlierAnalysis.RobustZ(1_000_000, [.. OtherUnits, 1_000_000]) > OutlierAnalysis.Threshold);
    }

    [Fact]
    public void Too_few_or_identical_reference_values_say_nothing()
    {
        Assert.Null(OutlierAnalysis.RobustZ(1_000, [1, 2, 3, 4]));
        Assert.Null(OutlierAnalysis.RobustZ(1_000, [5, 5, 5, 5, 5, 5]));
    }
}

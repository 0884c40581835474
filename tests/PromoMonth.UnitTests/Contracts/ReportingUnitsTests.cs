using PromoMonth.Contracts;

namespace PromoMonth.UnitTests.Contracts;

public sealed class ReportingUnitsTests
{
    [Fact]
    public void The_notice_addresses_37_units_31_divisions_5_plan_cities_and_the_Corps()
    {
        Assert.Equal(37, ReportingUnits.All.Count);
        Assert.Equal(37, ReportingUnits.All.Select(u => u.Code).Distinct().Count());
        Assert.All(ReportingUnits.All, u => Assert.Matches("^[0-9]{6}$", u.Code));
        Assert.Equal(31, ReportingUnits.All.Count(u => u.Kind is "province" or "autonomous-region" or "municipality"));
        Assert.Equal(5, ReportingUnits.All.Count(u => u.Kind == "plan-city"));
        Assert.Equal("新疆生产建设兵团", ReportingUnits.Find("660000")?.NameZh);
    }

    [Fact]
    public void Units_are_listed_by_code_and_unknown_codes_are_not_units()
    {
        Assert.Equal(ReportingUnits.All.Select(u => u.Code).Order(StringComparer.Ordinal), ReportingUnits.All.Select(u => u.Code));
        Assert.False(ReportingUnits.IsKnown("710000"));
        Assert.False(ReportingUnits.IsKnown(null));
    }
}

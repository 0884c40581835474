using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Domain;
using PromoMonth.Statistics.Domain.Forms;
using PromoMonth.Statistics.Domain.Periods;
using static PromoMonth.UnitTests.Statistics.StatisticsFixtures;

namespace PromoMonth.UnitTests.Statistics;

public sealed class PeriodAndFormDefinitionTests
{
    [Fact]
    public void A_period_code_in_use_is_not_opened_again()
    {
        var definition = new PeriodDefinition(FirstTwoWeeks, "2020", PeriodKind.Interim, "again", new(2020, 9, 9), new(2020, 9, 22), Due,
            3);

        var refused = Assert.Throws<ConflictException>(() => ReportingPeriod.Open(definition, WorkdayCalendar.China, Period()));

        Assert.Equal($"A period '{FirstTwoWeeks}' exists.", refused.Message);
        Assert.Equal(Period().LockAt, ReportingPeriod.Open(definition, WorkdayCalendar.China).LockAt);
    }

    [Fact]
    public void A_form_is_edited_in_place_until_a_report_uses_it_then_the_change_is_the_next_version()
    {
        var definition = new FormDefinition("v1", [.. Form2020.Indicators], []);
        var first = StatisticsForm.Define("e1", definition, current: null, currentInUse: false, "ministry", Due);

        var edited = StatisticsForm.Define("e1", definition with { Title = "v1, corrected" }, first, currentInUse: false, "ministry", Due);
        var next = StatisticsForm.Define("e1", definition with { Title = "v2" }, first, currentInUse: true, "ministry", Due);

        Assert.Same(first, edited);
        Assert.Equal((1, "v1, corrected"), (first.Version, first.Title));
        Assert.Equal((2, "v2"), (next.Version, next.Title));
    }
}

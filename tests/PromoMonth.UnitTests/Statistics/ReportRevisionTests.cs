using PromoMonth.Statistics.Domain.Reports;

namespace PromoMonth.UnitTests.Statistics;

public sealed class ReportRevisionTests
{
    private static readonly DateTimeOffset Due = StatisticsFixtures.Due;

    [Fact]
    public void A_resubmission_records_each_old_and_new_value_and_keeps_first_submission_timeliness()
    {
        var (form, period) = (StatisticsFixtures.Form, StatisticsFixtures.Period());
        var report = Report.Start("310000", period, form, "unit-310000");
        report.Submit(new ReportContent(new() { ["activity_sessions"] = 10, ["sales_driven"] = 5 },
            [new("310104", new() { ["activity_sessions"] = 10 })], []), form, period, new("unit-310000", Due.AddHours(-1), "k1"));

        var revision = report.Submit(new ReportContent(new() { ["activity_sessions"] = 12, ["participating_enterprises"] = 3 },
            [new("310104", new() { ["activity_sessions"] = 12 })], []), form, period, new("ministry", Due.AddHours(5), "k2"));

        Assert.Equal(2, revision.Version);
        Assert.Equal(
        [
            new ValueChange("activity_sessions", null, 10, 12),
            new ValueChange("participating_enterprises", null, null, 3),
            new ValueChange("sales_driven", null, 5, null),
            new ValueChange("activity_sessions", "city:310104", 10, 12),
        ], revision.Changes);
        Assert.False(report.Late);
        Assert.Equal(Due.AddHours(-1), report.FirstSubmittedAt);
        Assert.Equal(Due.AddHours(5), report.SubmittedAt);
    }
}

using PromoMonth.Contracts;
using PromoMonth.Statistics.Domain.Forms;
using PromoMonth.Statistics.Domain.Periods;
using PromoMonth.Statistics.Domain.Reports;

namespace PromoMonth.UnitTests.Statistics;

/// <summary>The 2020 form and periods, and reports on them, as the domain tests use them.</summary>
internal static class StatisticsFixtures
{
    public const string Shanghai = "310000";

    /// <summary>Due at the end of 25 September 2020 (Shanghai); locked from the end of the 29th.</summary>
    public const string FirstTwoWeeks = "2020-first-two-weeks";

    public static readonly DateTimeOffset Due = new(2020, 9, 26, 0, 0, 0, TimeSpan.FromHours(8));

    public static readonly DateTimeOffset Locked = new(2020, 10, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public static StatisticsForm Form { get; } = Form2020.Create(Due.AddDays(-30));

    public static ReportingPeriod Period(string code = FirstTwoWeeks) =>
        CampaignPeriods.For2020(WorkdayCalendar.China).Single(p => p.Code == code);

    public static ReportContent Content(decimal sessions) => new(
        new() { ["activity_sessions"] = sessions, ["participating_enterprises"] = 40, ["sales_driven"] = 1000 }, [], []);

    public static Report SubmittedReport(string periodCode = FirstTwoWeeks)
    {
        var period = Period(periodCode);
        var report = Report.Start(Shanghai, period, Form, "unit-310000");
        report.Submit(Content(10), Form, period, new("unit-310000", period.DueAt.AddHours(-1)));
        report.TakeEvents();
        return report;
    }
}

using PromoMonth.Complaints.Domain;
using PromoMonth.Contracts;

namespace PromoMonth.UnitTests.Complaints;

public sealed class CaseTests
{
    [Theory]
    [InlineData("440300", "310000", "330200", "440300", RoutedBy.RegisteredEnterprise)]
    [InlineData(null, "310000", "330200", "310000", RoutedBy.RespondentRegion)]
    [InlineData(null, null, "330200", "330200", RoutedBy.CatalogActivity)]
    [InlineData(null, null, null, null, RoutedBy.MinistryTriage)]
    public void Routing_tries_the_registered_enterprise_then_the_given_region_then_the_activity_then_triage(
        string? enterprise, string? given, string? activity, string? expectedRegion, RoutedBy expectedBy) =>
        Assert.Equal((expectedRegion, expectedBy), CaseRouting.Route(enterprise, given, activity));

    [Fact]
    public void Lists_mask_the_complainant_keeping_enough_to_recognise_the_case()
    {
        var masked = new Complainant("欧阳娜娜", "13912345678", "北京市朝阳区某路1号").Masked();

        Assert.Equal("欧***", masked.Name);
        Assert.Equal("139****5678", masked.Phone);
        Assert.Equal("***", masked.Address);
    }

    [Fact]
    public void A_report_runs_a_verification_clock_and_a_complaint_does_not()
    {
        var received = new DateTimeOffset(2020, 9, 30, 15, 0, 0, TimeSpan.FromHours(8));
        var intake = new CaseIntake("r-1", "phone", received, CaseKind.Report, CaseCategory.MarkMisuse, new Complainant(null, null, null),
            new Respondent("某商场", null, null, "310000"), null, "冒用活动标识", null, []);

        var route = ("310000", RoutedBy.RespondentRegion);
        var report = ComplaintCase.Receive(intake, "hotline-12315", "d", route, WorkdayCalendar.China, received);
        var complaint = ComplaintCase.Receive(
            intake with { Kind = CaseKind.Complaint }, "hotline-12315", "d", route, WorkdayCalendar.China, received);

        Assert.NotNull(report.VerificationDueAt);
        Assert.Null(complaint.VerificationDueAt);
        Assert.True(report.CalendarCovered);
        Assert.Equal(complaint.AcceptanceDueAt, report.AcceptanceDueAt);
    }
}

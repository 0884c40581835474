using PromoMonth.Contracts;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Infrastructure;
using static PromoMonth.UnitTests.Statistics.StatisticsFixtures;

namespace PromoMonth.UnitTests.Statistics;

public sealed class StatisticsEventContractsTests
{
    private readonly StatisticsEventContracts _contracts = new();

    [Fact]
    public void A_submission_leaves_as_ReportSubmitted()
    {
        var id = Guid.NewGuid();

        var message = _contracts.ToContract(new ReportSubmittedDomainEvent(id, Shanghai, FirstTwoWeeks, "2020", 3, true, Due));

        Assert.Equal(new ReportSubmitted
        {
            ReportId = id, RegionCode = Shanghai, PeriodCode = FirstTwoWeeks, CampaignCode = "2020", Version = 3, Late = true,
                SubmittedAt = Due,
        }, message);
    }

    [Fact]
    public void A_summary_and_the_deadline_notices_leave_as_their_contracts()
    {
        var id = Guid.NewGuid();

        Assert.Equal(new SummarySubmitted { RegionCode = Shanghai, CampaignCode = "2020", ReportId = id, Late = false, SubmittedAt = Due },
            _contracts.ToContract(new SummarySubmittedDomainEvent(Shanghai, "2020", id, false, Due)));
        Assert.Equal(new ReportOverdue { RegionCode = Shanghai, PeriodCode = FirstTwoWeeks, DueAt = Due, NoticedAt = Locked },
            _contracts.ToContract(new ReportOverdueDomainEvent(Shanghai, FirstTwoWeeks, Due, Locked)));
        Assert.Equal(new ReportDeadlineApproaching { RegionCode = Shanghai, PeriodCode = FirstTwoWeeks, DueAt = Due,
            NoticedAt = Due.AddHours(-2) },
            _contracts.ToContract(new ReportDeadlineApproachingDomainEvent(Shanghai, FirstTwoWeeks, Due, Due.AddHours(-2))));
    }
}

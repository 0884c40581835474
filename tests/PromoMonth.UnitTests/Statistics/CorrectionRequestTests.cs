using PromoMonth.ServiceDefaults.Domain;
using PromoMonth.Statistics.Domain.Reports;
using static PromoMonth.UnitTests.Statistics.StatisticsFixtures;

namespace PromoMonth.UnitTests.Statistics;

public sealed class CorrectionRequestTests
{
    [Fact]
    public void A_period_not_yet_locked_needs_no_correction()
    {
        var refused = Assert.Throws<ConflictException>(() => CorrectionRequest.Open(Shanghai, Period(), "typo", "unit-310000", Due, []));

        Assert.StartsWith($"Period {FirstTwoWeeks} is not locked until ", refused.Message, StringComparison.Ordinal);
        Assert.EndsWith("; save the report directly.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_has_one_open_request_at_a_time()
    {
        var first = CorrectionRequest.Open(Shanghai, Period(), "typo", "unit-310000", Locked, []);

        var refused = Assert.Throws<ConflictException>(() => CorrectionRequest.Open(Shanghai, Period(), "again", "unit-310000", Locked,
            [first]));

        Assert.Equal("A correction request for this report is already open.", refused.Message);
        first.Reject("ministry", Locked, "no");
        Assert.Equal(CorrectionStatus.Pending, CorrectionRequest.Open(Shanghai, Period(), "again", "unit-310000", Locked, [first]).Status);
    }

    [Fact]
    public void A_decided_request_is_not_decided_again()
    {
        var correction = CorrectionRequest.Open(Shanghai, Period(), "typo", "unit-310000", Locked, []);
        correction.Approve("ministry", Locked, "ok");

        var refused = Assert.Throws<ConflictException>(() => correction.Reject("ministry", Locked, null));

        Assert.Equal("The request is already approved.", refused.Message);
        Assert.Equal((CorrectionStatus.Approved, "ministry", "ok"), (correction.Status, correction.DecidedBy, correction.DecisionNote));
    }

    [Fact]
    public void Only_an_approved_request_is_spent()
    {
        var correction = CorrectionRequest.Open(Shanghai, Period(), "typo", "unit-310000", Locked, []);

        Assert.Throws<ConflictException>(correction.Spend);
        correction.Approve("ministry", Locked, null);
        correction.Spend();
        Assert.Equal(CorrectionStatus.Used, correction.Status);
        Assert.Throws<ConflictException>(correction.Spend);
    }
}

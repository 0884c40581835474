using PromoMonth.Complaints.Domain;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.Contracts;

namespace PromoMonth.UnitTests.Complaints;

/// <summary>The one mapping from what happened to a case to what other services read.</summary>
public sealed class ComplaintsEventContractsTests
{
    private static readonly ComplaintsEventContracts Contracts = new();
    private static readonly Guid Case = Guid.Parse("0190a000-0000-7000-8000-0000000000aa");
    private static readonly Guid Activity = Guid.Parse("0190a000-0000-7000-8000-0000000000bb");
    private static readonly DateTimeOffset At = new(2020, 10, 12, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_received_case_is_announced_with_its_kind_in_lower_case_and_its_category_as_named()
    {
        var contract = Contracts.ToContract(new ComplaintReceivedDomainEvent(
            Case, CaseKind.Report, CaseCategory.MarkMisuse, null, "91310000MA1FL1234R", Activity, At, At.AddDays(9), "hotline-12315"));

        Assert.Equal(
            new ComplaintReceived
            {
                CaseId = Case,
                Kind = "report",
                Category = "MarkMisuse",
                ResponsibleRegion = null,
                RespondentCreditCode = "91310000MA1FL1234R",
                ActivityId = Activity,
                ReceivedAt = At,
                AcceptanceDueAt = At.AddDays(9),
                HotlineClientId = "hotline-12315",
            },
            contract);
    }

    [Fact]
    public void Each_step_other_services_act_on_maps_to_its_contract()
    {
        Assert.Equal(
            new ComplaintAccepted { CaseId = Case, ResponsibleRegion = "310000", AcceptedAt = At, HotlineClientId = "h" },
            Contracts.ToContract(new ComplaintAcceptedDomainEvent(Case, "310000", At, "h")));
        Assert.Equal(
            new ComplaintResolved { CaseId = Case, ResponsibleRegion = "310000", ResolvedAt = At, HotlineClientId = "h" },
            Contracts.ToContract(new ComplaintResolvedDomainEvent(Case, "310000", At, "h")));
        Assert.Equal(
            new CounterfeitConfirmed { CaseId = Case, RespondentCreditCode = "C", ActivityId = null, Finding = "f", ConfirmedAt = At },
            Contracts.ToContract(new CounterfeitConfirmedDomainEvent(Case, "C", null, "f", At)));
        Assert.Equal(
            new MarkMisuseConfirmed { CaseId = Case, RespondentCreditCode = null, ActivityId = Activity, Finding = "f", ConfirmedAt = At },
            Contracts.ToContract(new MarkMisuseConfirmedDomainEvent(Case, null, Activity, "f", At)));
        Assert.Equal(
            new SafetyIncidentReported { IncidentId = Case, ActivityId = Activity, Kind = "complaint", Summary = "s", ReportedAt = At },
            Contracts.ToContract(new SafetyIncidentReportedDomainEvent(Case, Activity, "s", At)));
        Assert.Equal(
            new ComplaintOverdue
            {
                CaseId = Case, ResponsibleRegion = null, DueAt = At, NoticedAt = At.AddMinutes(1), HotlineClientId = "h",
            },
            Contracts.ToContract(new ComplaintOverdueDomainEvent(Case, null, At, At.AddMinutes(1), "h")));
        Assert.Equal(
            new ComplaintDeadlineApproaching
            {
                CaseId = Case, ResponsibleRegion = "310000", Deadline = "mediation", DueAt = At.AddDays(1), NoticedAt = At,
            },
            Contracts.ToContract(new ComplaintDeadlineApproachingDomainEvent(Case, "310000", CaseDeadline.Mediation, At.AddDays(1), At)));
    }

    [Fact]
    public void Rejections_transfers_and_suspensions_stay_inside_the_service()
    {
        Assert.Null(Contracts.ToContract(new ComplaintSuspendedDomainEvent(Case, "310000", SuspensionReason.Testing, At)));
        Assert.Null(Contracts.ToContract(new ComplaintResumedDomainEvent(Case, "310000", 2, At)));
        Assert.Null(Contracts.ToContract(new ComplaintRejectedDomainEvent(Case, RejectionGround.OutsideRemit, At)));
        Assert.Null(Contracts.ToContract(new ComplaintTransferredDomainEvent(Case, "310000", "330000", At)));
    }
}

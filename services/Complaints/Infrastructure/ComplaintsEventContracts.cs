using PromoMonth.Complaints.Domain;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.Complaints.Infrastructure;

/// <summary>What each step of a case tells other services; rejections, transfers and suspensions stay inside.</summary>
public sealed class ComplaintsEventContracts : IDomainEventContracts
{
    public object? ToContract(IDomainEvent domainEvent) => domainEvent switch
    {
        ComplaintReceivedDomainEvent received => new ComplaintReceived
        {
            CaseId = received.CaseId,
            Kind = received.Kind.ToString().ToLowerInvariant(),
            Category = received.Category.ToString(),
            ResponsibleRegion = received.ResponsibleRegion,
            RespondentCreditCode = received.RespondentCreditCode,
            ActivityId = received.ActivityId,
            ReceivedAt = received.ReceivedAt,
            AcceptanceDueAt = received.AcceptanceDueAt,
            HotlineClientId = received.HotlineClientId,
        },
        ComplaintAcceptedDomainEvent accepted => new ComplaintAccepted
        {
            CaseId = accepted.CaseId,
            ResponsibleRegion = accepted.ResponsibleRegion,
            AcceptedAt = accepted.AcceptedAt,
            HotlineClientId = accepted.HotlineClientId,
        },
        ComplaintResolvedDomainEvent resolved => new ComplaintResolved
        {
            CaseId = resolved.CaseId,
            ResponsibleRegion = resolved.ResponsibleRegion,
            ResolvedAt = resolved.ResolvedAt,
            HotlineClientId = resolved.HotlineClientId,
        },
        CounterfeitConfirmedDomainEvent counterfeit => new CounterfeitConfirmed
        {
            CaseId = counterfeit.CaseId,
            RespondentCreditCode = counterfeit.RespondentCreditCode,
            ActivityId = counterfeit.ActivityId,
            Finding = counterfeit.Finding,
            ConfirmedAt = counterfeit.ConfirmedAt,
        },
        MarkMisuseConfirmedDomainEvent misuse => new MarkMisuseConfirmed
        {
            CaseId = misuse.CaseId,
            RespondentCreditCode = misuse.RespondentCreditCode,
            ActivityId = misuse.ActivityId,
            Finding = misuse.Finding,
            ConfirmedAt = misuse.ConfirmedAt,
        },
        SafetyIncidentReportedDomainEvent incident => new SafetyIncidentReported
        {
            IncidentId = incident.IncidentId,
            ActivityId = incident.ActivityId,
            // The incident came to light through a complaint case.
            Kind = "complaint",
            Summary = incident.Summary,
            ReportedAt = incident.ReportedAt,
        },
        ComplaintOverdueDomainEvent overdue => new ComplaintOverdue
        {
            CaseId = overdue.CaseId,
            ResponsibleRegion = overdue.ResponsibleRegion,
            DueAt = overdue.DueAt,
            NoticedAt = overdue.NoticedAt,
            HotlineClientId = overdue.HotlineClientId,
        },
        ComplaintDeadlineApproachingDomainEvent approaching => new ComplaintDeadlineApproaching
        {
            CaseId = approaching.CaseId,
            ResponsibleRegion = approaching.ResponsibleRegion,
            Deadline = approaching.Deadline.ToString().ToLowerInvariant(),
            DueAt = approaching.DueAt,
            NoticedAt = approaching.NoticedAt,
        },
        ComplaintRejectedDomainEvent or ComplaintTransferredDomainEvent or ComplaintSuspendedDomainEvent
            or ComplaintResumedDomainEvent => null,
        _ => throw new ArgumentOutOfRangeException(
            nameof(domainEvent), domainEvent.GetType().Name, "No contract is mapped for this event."),
    };
}

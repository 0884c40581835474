using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.Complaints.Domain;

// What happens to a complaint case, as its own methods record it. Each carries the values of the moment it happened,
// so a later step in the same save cannot change what an earlier event says.

public sealed record ComplaintReceivedDomainEvent(
    Guid CaseId,
    CaseKind Kind,
    CaseCategory Category,
    string? ResponsibleRegion,
    string? RespondentCreditCode,
    Guid? ActivityId,
    DateTimeOffset ReceivedAt,
    DateTimeOffset AcceptanceDueAt,
    string HotlineClientId) : IDomainEvent;

public sealed record ComplaintAcceptedDomainEvent(Guid CaseId, string? ResponsibleRegion, DateTimeOffset AcceptedAt, string HotlineClientId)
    : IDomainEvent;

/// <summary>Stays inside the service: no other service acts on a rejection.</summary>
public sealed record ComplaintRejectedDomainEvent(Guid CaseId, RejectionGround Ground, DateTimeOffset RejectedAt) : IDomainEvent;

/// <summary>Stays inside the service: no other service acts on a transfer.</summary>
public sealed record ComplaintTransferredDomainEvent(Guid CaseId, string? FromRegion, string ToRegion, DateTimeOffset TransferredAt)
    : IDomainEvent;

public sealed record ComplaintResolvedDomainEvent(Guid CaseId, string? ResponsibleRegion, DateTimeOffset ResolvedAt, string HotlineClientId)
    : IDomainEvent;

public sealed record CounterfeitConfirmedDomainEvent(
    Guid CaseId, string RespondentCreditCode, Guid? ActivityId, string Finding, DateTimeOffset ConfirmedAt) : IDomainEvent;

public sealed record MarkMisuseConfirmedDomainEvent(
    Guid CaseId, string? RespondentCreditCode, Guid? ActivityId, string Finding, DateTimeOffset ConfirmedAt) : IDomainEvent;

public sealed record SafetyIncidentReportedDomainEvent(Guid IncidentId, Guid ActivityId, string Summary, DateTimeOffset ReportedAt)
    : IDomainEvent;

public sealed record ComplaintOverdueDomainEvent(
    Guid CaseId, string? ResponsibleRegion, DateTimeOffset DueAt, DateTimeOffset NoticedAt, string HotlineClientId) : IDomainEvent;

/// <summary>Stays inside the service: the case's own history and its Open311 updates tell the reporter.</summary>
public sealed record ComplaintSuspendedDomainEvent(
    Guid CaseId, string? ResponsibleRegion, SuspensionReason Reason, DateTimeOffset SuspendedAt) : IDomainEvent;

/// <summary>Stays inside the service: the moved deadlines are on the case.</summary>
public sealed record ComplaintResumedDomainEvent(Guid CaseId, string? ResponsibleRegion, int SuspendedWorkingDays, DateTimeOffset ResumedAt)
    : IDomainEvent;

public sealed record ComplaintDeadlineApproachingDomainEvent(
    Guid CaseId, string? ResponsibleRegion, CaseDeadline Deadline, DateTimeOffset DueAt, DateTimeOffset NoticedAt) : IDomainEvent;

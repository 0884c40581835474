using PromoMonth.Complaints.Domain;

namespace PromoMonth.Complaints.Apis;

public sealed record CaseResponse(
    Guid Id,
    string HotlineClientId,
    string HotlineReference,
    string Channel,
    DateTimeOffset ReceivedAt,
    CaseKind Kind,
    CaseCategory Category,
    Complainant Complainant,
    Respondent Respondent,
    Guid? ActivityId,
    string Description,
    decimal? AmountInvolved,
    IReadOnlyList<string> AttachmentLinks,
    string? ResponsibleRegion,
    RoutedBy RoutedBy,
    CaseStatus Status,
    DateTimeOffset AcceptanceDueAt,
    DateTimeOffset? VerificationDueAt,
    DateTimeOffset? MediationDueAt,
    bool CalendarCovered,
    bool Overdue,
    DateTimeOffset? OverdueNotifiedAt,
    CaseSuspension? Suspension,
    int SuspendedWorkingDays,
    IReadOnlyList<CaseStep> History,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<Guid> PossibleDuplicates,
    bool PossibleMarkMisuse)
{
    /// <param name="masked">Lists always mask the complainant; a single case shows it to those who handle it.</param>
    /// <param name="visibleDuplicates">What the reader may see (<see cref="VisibleDuplicates"/>); other flagged ones are left out.</param>
    public static CaseResponse From(ComplaintCase c, DateTimeOffset now, bool masked, IReadOnlySet<Guid> visibleDuplicates) =>
        new(c.Id, c.HotlineClientId, c.HotlineReference, c.Channel, c.ReceivedAt, c.Kind, c.Category,
            masked ? c.Complainant.Masked() : c.Complainant, c.Respondent, c.ActivityId, c.Description, c.AmountInvolved,
            c.AttachmentLinks, c.ResponsibleRegion, c.RoutedBy, c.Status, c.AcceptanceDueAt, c.VerificationDueAt, c.MediationDueAt,
            c.CalendarCovered, c.IsOverdueAt(now), c.OverdueNotifiedAt,
            c is { SuspendedSince: { } since, SuspendedFor: { } reason } ? new CaseSuspension(reason, since) : null,
            c.SuspendedWorkingDays, c.History, c.Findings,
            [.. c.PossibleDuplicates.Where(visibleDuplicates.Contains)], c.PossibleMarkMisuse);
}

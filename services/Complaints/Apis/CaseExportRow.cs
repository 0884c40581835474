using System.Globalization;
using PromoMonth.Complaints.Domain;

namespace PromoMonth.Complaints.Apis;

/// <summary>One case as the exports hold it; the CSV's header is these names, in this order.</summary>
public sealed record CaseExportRow(
    Guid Id,
    string HotlineClientId,
    string HotlineReference,
    string ReceivedAt,
    CaseKind Kind,
    CaseCategory Category,
    CaseStatus Status,
    string ResponsibleRegion,
    string? ComplainantName,
    string? ComplainantPhone,
    string? RespondentName,
    string? RespondentCreditCode,
    Guid? ActivityId,
    decimal? AmountInvolved,
    string AcceptanceDueAt,
    bool Overdue,
    string PossibleDuplicates,
    bool PossibleMarkMisuse)
{
    internal static CaseExportRow Of(ComplaintCase c, Complainant complainant, DateTimeOffset now, IReadOnlySet<Guid> duplicates) => new(
        c.Id,
        c.HotlineClientId,
        c.HotlineReference,
        c.ReceivedAt.ToString("O", CultureInfo.InvariantCulture),
        c.Kind,
        c.Category,
        c.Status,
        c.ResponsibleRegion ?? "triage",
        complainant.Name,
        complainant.Phone,
        c.Respondent.Name,
        c.Respondent.CreditCode,
        c.ActivityId,
        c.AmountInvolved,
        c.AcceptanceDueAt.ToString("O", CultureInfo.InvariantCulture),
        c.IsOverdueAt(now),
        string.Join(' ', c.PossibleDuplicates.Where(duplicates.Contains)),
        c.PossibleMarkMisuse);
}

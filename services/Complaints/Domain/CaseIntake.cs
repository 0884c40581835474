namespace PromoMonth.Complaints.Domain;

/// <summary>A validated intake, as the domain takes it.</summary>
public sealed record CaseIntake(
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
    GeoPoint? Location = null);

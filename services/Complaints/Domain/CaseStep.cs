namespace PromoMonth.Complaints.Domain;

/// <summary>
/// One step in a case's history: who, when, why; a transfer names both regions. <paramref name="Code"/> is the rules'
/// word for the step where it has one (a rejection's ground, a suspension's reason), apart from the handler's free text,
/// so that what the public is told about a case is built from codes and never from a note.
/// </summary>
public sealed record CaseStep(
    string Action, CaseStatus To, string By, DateTimeOffset At, string? Reason, string? FromRegion = null, string? ToRegion = null,
    string? Code = null);

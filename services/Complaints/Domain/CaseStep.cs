namespace PromoMonth.Complaints.Domain;

/// <summary>One step in a case's history: who, when, why; a transfer names both regions.</summary>
public sealed record CaseStep(
    string Action, CaseStatus To, string By, DateTimeOffset At, string? Reason, string? FromRegion = null, string? ToRegion = null);

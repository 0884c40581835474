namespace PromoMonth.Complaints.Domain;

/// <summary>A finding recorded on an accepted case, by whom and when.</summary>
public sealed record Finding(FindingKind Kind, string Summary, string By, DateTimeOffset At);

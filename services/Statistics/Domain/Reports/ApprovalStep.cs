namespace PromoMonth.Statistics.Domain.Reports;

/// <summary>One step of the ministry's approval: accept, return or unaccept, of which version, by whom, when and why.</summary>
public sealed record ApprovalStep(string Action, int Version, string By, DateTimeOffset At, string? Reason);

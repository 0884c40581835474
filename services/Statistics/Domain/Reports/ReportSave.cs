namespace PromoMonth.Statistics.Domain.Reports;

/// <summary>
/// Who saves a report and when, the retry key the save answers to, and the approved correction it spends when the
/// period is locked.
/// </summary>
public sealed record ReportSave(string By, DateTimeOffset At, string? IdempotencyKey = null, CorrectionRequest? Correction = null);

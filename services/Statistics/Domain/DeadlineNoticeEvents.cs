using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.Statistics.Domain;

/// <summary>At the period's due time the unit had not submitted its report.</summary>
public sealed record ReportOverdueDomainEvent(string RegionCode, string PeriodCode, DateTimeOffset DueAt, DateTimeOffset NoticedAt)
    : IDomainEvent;

/// <summary>The period falls due soon and the unit has not submitted its report.</summary>
public sealed record ReportReminderDueDomainEvent(string RegionCode, string PeriodCode, DateTimeOffset DueAt, DateTimeOffset RemindedAt)
    : IDomainEvent;

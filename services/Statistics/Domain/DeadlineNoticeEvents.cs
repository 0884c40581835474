using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.Statistics.Domain;

/// <summary>At the period's due time the unit had not submitted its report.</summary>
public sealed record ReportOverdueDomainEvent(string RegionCode, string PeriodCode, DateTimeOffset DueAt, DateTimeOffset NoticedAt)
    : IDomainEvent;

/// <summary>The period falls due within the warning's lead and the unit has not submitted its report.</summary>
public sealed record ReportDeadlineApproachingDomainEvent(
    string RegionCode, string PeriodCode, DateTimeOffset DueAt, DateTimeOffset NoticedAt) : IDomainEvent;

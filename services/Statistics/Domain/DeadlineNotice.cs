namespace PromoMonth.Statistics.Domain;

public enum NoticeKind
{
    Reminder,
    Overdue,
}

/// <summary>
/// Proof that a unit was told about a period once: the primary key (unit, period, kind) is what keeps two replicas
/// of the deadline job from announcing the same report twice.
/// </summary>
public sealed class DeadlineNotice
{
    public required string RegionCode { get; init; }
    public required string PeriodCode { get; init; }
    public required NoticeKind Kind { get; init; }
    public required DateTimeOffset NoticedAt { get; init; }
}

using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.Statistics.Domain;

/// <summary>
/// Proof that a unit was told about a period once: the primary key (unit, period, kind) is what keeps two replicas
/// of the deadline job from announcing the same report twice. The notice is claimed by the insert that stores it;
/// the replica whose insert landed announces it.
/// </summary>
public sealed class DeadlineNotice : AggregateRoot
{
    /// <summary>For EF, which sets the stored state.</summary>
    private DeadlineNotice()
    {
    }

    public string RegionCode { get; private init; } = "";
    public string PeriodCode { get; private init; } = "";
    public NoticeKind Kind { get; private init; }
    public DateTimeOffset NoticedAt { get; private init; }

    /// <summary>A notice this replica's insert stored, so this replica, and no other, announces it.</summary>
    public static DeadlineNotice Claimed(string regionCode, string periodCode, NoticeKind kind, DateTimeOffset noticedAt) =>
        new() { RegionCode = regionCode, PeriodCode = periodCode, Kind = kind, NoticedAt = noticedAt };

    /// <summary>
    /// Tells the unit: its report is overdue (noticed at or after the due time), or a warning (kind
    /// <see cref="NoticeKind.Reminder"/>) that the period falls due soon (noticed before it).
    /// </summary>
    public void Announce(DateTimeOffset dueAt)
    {
        var due = NoticedAt >= dueAt;
        if (due != (Kind == NoticeKind.Overdue))
        {
            throw new ConflictException(
                $"A {Kind.ToString().ToLowerInvariant()} notice for {PeriodCode} at {NoticedAt:u} does not fit its due time {dueAt:u}.");
        }
        Raise(Kind == NoticeKind.Overdue
            ? new ReportOverdueDomainEvent(RegionCode, PeriodCode, dueAt, NoticedAt)
            : new ReportDeadlineApproachingDomainEvent(RegionCode, PeriodCode, dueAt, NoticedAt));
    }
}

using PromoMonth.Contracts;

namespace PromoMonth.Statistics.Domain.Periods;

public enum PeriodKind
{
    /// <summary>One campaign day of dynamic tracking, due the next day.</summary>
    Daily,

    /// <summary>An interim report such as the first two weeks.</summary>
    Interim,

    /// <summary>The whole campaign, with its narrative summary.</summary>
    Final,
}

/// <summary>
/// A span a report covers, with its due time and lock. A report after <see cref="DueAt"/> is accepted and marked
/// late; from <see cref="LockAt"/> (the due day plus the ministry's grace in working days) the report is locked and
/// only an approved correction request opens it again.
/// </summary>
public sealed class ReportingPeriod
{
    public required string Code { get; init; }
    public required string CampaignCode { get; init; }
    public required PeriodKind Kind { get; init; }
    public required string Name { get; set; }
    public required DateOnly StartsOn { get; init; }
    public required DateOnly EndsOn { get; init; }
    public required DateTimeOffset DueAt { get; set; }
    public int GraceWorkingDays { get; private set; }
    public DateTimeOffset LockAt { get; private set; }

    public bool IsLate(DateTimeOffset at) => at > DueAt;

    public bool IsLocked(DateTimeOffset at) => at >= LockAt;

    public void SetGrace(int workingDays, WorkdayCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        GraceWorkingDays = workingDays;
        LockAt = PeriodDeadlines.LockAt(DueAt, workingDays, calendar);
    }
}

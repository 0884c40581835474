using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.Statistics.Domain.Periods;

/// <summary>
/// A span a report covers, with its due time and lock. A report after <see cref="DueAt"/> is accepted and marked
/// late; from <see cref="LockAt"/> (the due day plus the ministry's grace in working days) the report is locked and
/// only an approved correction request opens it again.
/// </summary>
public sealed class ReportingPeriod
{
    /// <summary>For EF, which sets the stored state.</summary>
    private ReportingPeriod()
    {
    }

    public string Code { get; private init; } = "";
    public string CampaignCode { get; private init; } = "";
    public PeriodKind Kind { get; private init; }
    public string Name { get; private set; } = "";
    public DateOnly StartsOn { get; private init; }
    public DateOnly EndsOn { get; private init; }
    public DateTimeOffset DueAt { get; private set; }
    public int GraceWorkingDays { get; private set; }
    public DateTimeOffset LockAt { get; private set; }

    /// <summary>Opens a period; its code is the period's for good, so an existing period's code is not given twice.</summary>
    /// <param name="existing">The period already stored under the same code, if any.</param>
    public static ReportingPeriod Open(PeriodDefinition definition, WorkdayCalendar calendar, ReportingPeriod? existing = null)
    {
        if (existing is not null)
        {
            throw new ConflictException($"A period '{definition.Code}' exists.", "Conflict");
        }
        if (definition.EndsOn < definition.StartsOn)
        {
            throw new ArgumentException("A period ends on or after its start.", nameof(definition));
        }
        var period = new ReportingPeriod
        {
            Code = definition.Code,
            CampaignCode = definition.CampaignCode,
            Kind = definition.Kind,
            Name = definition.Name,
            StartsOn = definition.StartsOn,
            EndsOn = definition.EndsOn,
            DueAt = definition.DueAt.ToUniversalTime(),
        };
        period.SetGrace(definition.GraceWorkingDays, calendar);
        return period;
    }

    public bool IsLate(DateTimeOffset at) => at > DueAt;

    public bool IsLocked(DateTimeOffset at) => at >= LockAt;

    /// <summary>Sets the grace after the due day, in working days, that decides the lock.</summary>
    public void SetGrace(int workingDays, WorkdayCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        GraceWorkingDays = workingDays;
        LockAt = PeriodDeadlines.LockAt(DueAt, workingDays, calendar);
    }
}

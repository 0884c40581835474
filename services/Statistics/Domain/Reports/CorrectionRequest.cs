using PromoMonth.ServiceDefaults.Domain;
using PromoMonth.Statistics.Domain.Periods;

namespace PromoMonth.Statistics.Domain.Reports;

/// <summary>A unit asks to change a locked report, with a reason; an approval opens that one report for one save.</summary>
public sealed class CorrectionRequest
{
    /// <summary>The title every refusal of a correction shares, as the answers have always carried.</summary>
    public const string RefusedTitle = "Conflict";

    /// <summary>For EF, which sets the stored state.</summary>
    private CorrectionRequest()
    {
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public string RegionCode { get; private init; } = "";
    public string PeriodCode { get; private init; } = "";
    public string Reason { get; private init; } = "";
    public CorrectionStatus Status { get; private set; }
    public DateTimeOffset RequestedAt { get; private init; }
    public string RequestedBy { get; private init; } = "";
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public string? DecisionNote { get; private set; }

    /// <summary>Still to be decided, or approved and not yet spent: a report has at most one open request.</summary>
    public bool IsOpen => Status is CorrectionStatus.Pending or CorrectionStatus.Approved;

    /// <summary>
    /// Asks to change the unit's report for a locked period. A period not yet locked needs no correction, and a
    /// report with a request still open does not get a second one.
    /// </summary>
    /// <param name="earlier">The report's earlier correction requests.</param>
    public static CorrectionRequest Open(string regionCode, ReportingPeriod period, string reason, string by, DateTimeOffset at,
        IEnumerable<CorrectionRequest> earlier)
    {
        if (!period.IsLocked(at))
        {
            throw new ConflictException($"Period {period.Code} is not locked until {period.LockAt:u}; save the report directly.",
                RefusedTitle);
        }
        if (earlier.Any(c => c.IsOpen && c.RegionCode == regionCode && c.PeriodCode == period.Code))
        {
            throw new ConflictException("A correction request for this report is already open.", RefusedTitle);
        }
        return new() { RegionCode = regionCode, PeriodCode = period.Code, Reason = reason, RequestedAt = at, RequestedBy = by };
    }

    /// <summary>Opens the locked report for one save.</summary>
    public void Approve(string by, DateTimeOffset at, string? note) => Decide(CorrectionStatus.Approved, by, at, note);

    /// <summary>Refuses the change; the report stays locked.</summary>
    public void Reject(string by, DateTimeOffset at, string? note) => Decide(CorrectionStatus.Rejected, by, at, note);

    /// <summary>The one save the approval allowed has been made.</summary>
    public void Spend()
    {
        if (Status != CorrectionStatus.Approved)
        {
            throw new ConflictException($"The request is {Describe(Status)}; only an approved one opens the report.", RefusedTitle);
        }
        Status = CorrectionStatus.Used;
    }

    private void Decide(CorrectionStatus decision, string by, DateTimeOffset at, string? note)
    {
        if (Status != CorrectionStatus.Pending)
        {
            throw new ConflictException($"The request is already {Describe(Status)}.", RefusedTitle);
        }
        Status = decision;
        DecidedAt = at;
        DecidedBy = by;
        DecisionNote = note;
    }

    private static string Describe(CorrectionStatus status) => status.ToString().ToLowerInvariant();
}

using PromoMonth.ServiceDefaults.Domain;
using PromoMonth.Statistics.Domain.Forms;
using PromoMonth.Statistics.Domain.Periods;

namespace PromoMonth.Statistics.Domain.Reports;

/// <summary>
/// One unit's report for one period. Saved as a draft, then submitted; every save before the lock replaces the
/// content and keeps a revision. Timeliness is that of the first submission: a report first sent on time stays on time.
/// Once the period locks, only a save that spends an approved correction request changes it. The ministry accepts a
/// submitted report (then no save changes it until the ministry unaccepts it) or returns it with a reason for the unit
/// to resubmit; each step is kept in <see cref="Approvals"/>.
/// </summary>
public sealed class Report : AggregateRoot
{
    /// <summary>For EF, which sets the stored state.</summary>
    private Report()
    {
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public string RegionCode { get; private init; } = "";
    public string PeriodCode { get; private init; } = "";
    public Guid FormId { get; private set; }
    public int FormVersion { get; private set; }
    public ReportStatus Status { get; private set; }
    public ReportContent Content { get; private set; } = ReportContent.Empty;
    public int Version { get; private set; }
    public DateTimeOffset? FirstSubmittedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public bool Late { get; private set; }
    public List<OutlierFlag> Outliers { get; private set; } = [];
    public string? IdempotencyKey { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";
    public List<ApprovalStep> Approvals { get; private set; } = [];

    /// <summary>The row's version in the store (PostgreSQL's xmin): whichever of two changes at once comes second fails.</summary>
    public uint RowVersion { get; private set; }

    /// <summary>Whether the report holds submitted figures (submitted, accepted or returned for resubmission).</summary>
    public bool IsSubmitted => Status != ReportStatus.Draft;

    /// <summary>A unit's report for a period, not yet saved: it takes the campaign's current form.</summary>
    public static Report Start(string regionCode, ReportingPeriod period, StatisticsForm form, string by) => new()
    {
        RegionCode = regionCode,
        PeriodCode = period.Code,
        FormId = form.Id,
        FormVersion = form.Version,
        UpdatedBy = by,
    };

    /// <summary>Why the report may not be saved (or submitted) now, or null when it may.</summary>
    /// <param name="correction">The approved correction request for this report, if there is one.</param>
    public ReportRefusal? RefusalOf(bool submit, ReportingPeriod period, CorrectionRequest? correction, DateTimeOffset at)
    {
        if (Status == ReportStatus.Accepted)
        {
            return ReportRefusal.Accepted;
        }
        if (period.IsLocked(at) && !Opens(correction))
        {
            return ReportRefusal.Locked(period);
        }
        return IsSubmitted && !submit ? ReportRefusal.BackToDraft : null;
    }

    /// <summary>Keeps a draft: the content replaces the last, and the revision records what changed.</summary>
    public ReportRevision SaveDraft(ReportContent content, StatisticsForm form, ReportingPeriod period, ReportSave save) =>
        Change(content, submit: false, form, period, save);

    /// <summary>
    /// Submits the content (again, if the report was submitted before): the period's timeliness is kept from the
    /// first submission, and the submission is announced.
    /// </summary>
    public ReportRevision Submit(ReportContent content, StatisticsForm form, ReportingPeriod period, ReportSave save)
    {
        var revision = Change(content, submit: true, form, period, save);
        Raise(new ReportSubmittedDomainEvent(Id, RegionCode, PeriodCode, period.CampaignCode, Version, Late, save.At));
        return revision;
    }

    /// <summary>The ministry accepts the submitted figures: the unit can no longer change them, and they count as accepted.</summary>
    public void Accept(string by, DateTimeOffset at, string campaignCode)
    {
        Require(Status == ReportStatus.Submitted, "Only a submitted report is accepted.");
        Status = ReportStatus.Accepted;
        Approvals.Add(new ApprovalStep("accept", Version, by, at, null));
        Raise(new ReportAcceptedDomainEvent(Id, RegionCode, PeriodCode, campaignCode, Version, at));
    }

    /// <summary>The ministry sends the submitted figures back with a reason; the unit corrects and resubmits them.</summary>
    public void Return(string reason, string by, DateTimeOffset at, string campaignCode)
    {
        Require(Status == ReportStatus.Submitted, "Only a submitted report is returned.");
        Status = ReportStatus.Returned;
        Approvals.Add(new ApprovalStep("return", Version, by, at, reason));
        Raise(new ReportReturnedDomainEvent(Id, RegionCode, PeriodCode, campaignCode, Version, reason, at));
    }

    /// <summary>The ministry takes its acceptance back with a reason: the report is submitted again, open to the unit.</summary>
    public void Unaccept(string reason, string by, DateTimeOffset at, string campaignCode)
    {
        Require(Status == ReportStatus.Accepted, "Only an accepted report is unaccepted.");
        Status = ReportStatus.Submitted;
        Approvals.Add(new ApprovalStep("unaccept", Version, by, at, reason));
        Raise(new ReportUnacceptedDomainEvent(Id, RegionCode, PeriodCode, campaignCode, Version, reason, at));
    }

    /// <summary>Records the values that stand out, for the ministry's follow-up; flags never refuse a report.</summary>
    public void Flag(List<OutlierFlag> outliers) => Outliers = outliers;

    private static void Require(bool condition, string detail)
    {
        if (!condition)
        {
            throw new ReportRefusal(ReportRefusal.WrongWayTitle, detail).ToException();
        }
    }

    private bool Opens(CorrectionRequest? correction) =>
        correction is { Status: CorrectionStatus.Approved } && correction.RegionCode == RegionCode && correction.PeriodCode == PeriodCode;

    private ReportRevision Change(ReportContent content, bool submit, StatisticsForm form, ReportingPeriod period, ReportSave save)
    {
        if (period.Code != PeriodCode)
        {
            throw new ArgumentException($"Report {Id} is for period {PeriodCode}, not {period.Code}.", nameof(period));
        }
        if (RefusalOf(submit, period, save.Correction, save.At) is { } refusal)
        {
            throw refusal.ToException();
        }
        var spent = period.IsLocked(save.At) ? save.Correction : null;
        spent?.Spend();
        var revision = new ReportRevision
        {
            ReportId = Id,
            Version = Version + 1,
            Status = submit ? ReportStatus.Submitted : Status,
            ChangedAt = save.At,
            ChangedBy = save.By,
            CorrectionId = spent?.Id,
            Changes = ReportRevision.Diff(Content, content),
        };
        FormId = form.Id;
        FormVersion = form.Version;
        Content = content;
        Version = revision.Version;
        UpdatedAt = save.At;
        UpdatedBy = save.By;
        IdempotencyKey = save.IdempotencyKey;
        if (submit)
        {
            Status = ReportStatus.Submitted;
            SubmittedAt = save.At;
            if (FirstSubmittedAt is null)
            {
                FirstSubmittedAt = save.At;
                Late = period.IsLate(save.At);
            }
        }
        return revision;
    }
}

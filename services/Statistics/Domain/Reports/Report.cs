namespace PromoMonth.Statistics.Domain.Reports;

public enum ReportStatus
{
    Draft,
    Submitted,
}

/// <summary>A robust z-score beyond the threshold, against other units' values or against the unit's own history.</summary>
public sealed record OutlierFlag(string Indicator, string Against, decimal Value, decimal Median, double Score);

/// <summary>
/// One unit's report for one period. Saved as a draft, then submitted; every save before the lock replaces the
/// content and keeps a revision. Timeliness is that of the first submission: a report first sent on time stays on time.
/// </summary>
public sealed class Report
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string RegionCode { get; init; }
    public required string PeriodCode { get; init; }
    public required Guid FormId { get; set; }
    public required int FormVersion { get; set; }
    public ReportStatus Status { get; set; }
    public ReportContent Content { get; set; } = ReportContent.Empty;
    public int Version { get; set; }
    public DateTimeOffset? FirstSubmittedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public bool Late { get; set; }
    public List<OutlierFlag> Outliers { get; set; } = [];
    public string? IdempotencyKey { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }

    /// <summary>Replaces the content, and returns the revision that records what changed, by whom and when.</summary>
    public ReportRevision Save(ReportContent content, bool submit, bool late, string by, DateTimeOffset at, string? idempotencyKey, Guid? correctionId)
    {
        var revision = new ReportRevision
        {
            ReportId = Id,
            Version = Version + 1,
            Status = submit ? ReportStatus.Submitted : Status,
            ChangedAt = at,
            ChangedBy = by,
            CorrectionId = correctionId,
            Changes = ReportRevision.Diff(Content, content),
        };
        Content = content;
        Version = revision.Version;
        UpdatedAt = at;
        UpdatedBy = by;
        IdempotencyKey = idempotencyKey;
        if (submit)
        {
            Status = ReportStatus.Submitted;
            SubmittedAt = at;
            if (FirstSubmittedAt is null)
            {
                FirstSubmittedAt = at;
                Late = late;
            }
        }
        return revision;
    }
}

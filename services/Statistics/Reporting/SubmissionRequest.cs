using PromoMonth.Statistics.Domain.Reports;

namespace PromoMonth.Statistics.Reporting;

/// <summary>One report to save: a draft, or a submission.</summary>
public sealed record SubmissionRequest(string RegionCode, string PeriodCode, ReportContent Content, bool Submit, string? IdempotencyKey = null);

public enum ProblemKind
{
    UnknownPeriod,
    NoResponsibleContact,
    Locked,
    Conflict,
    Invalid,
}

/// <summary>Why one report of a batch cannot be saved; nothing of the batch is saved then.</summary>
public sealed record SubmissionProblem(ProblemKind Kind, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null);

/// <summary>The batch's answer: every report saved (with whether each was a repeat of the same idempotency key), or the problems by request index.</summary>
public sealed record SubmissionOutcome(IReadOnlyList<(Report Report, bool Created, bool Repeated)> Saved, IReadOnlyDictionary<int, SubmissionProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

using PromoMonth.Statistics.Domain.Reports;

namespace PromoMonth.Statistics.Reporting;

/// <summary>
/// The batch's answer: every report saved (with whether each was a repeat of the same idempotency key), or the
/// problems by request index.
/// </summary>
public sealed record SubmissionOutcome(
    IReadOnlyList<(Report Report, bool Created, bool Repeated)> Saved, IReadOnlyDictionary<int, SubmissionProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

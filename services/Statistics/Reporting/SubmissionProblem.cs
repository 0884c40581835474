using PromoMonth.Statistics.Domain.Reports;

namespace PromoMonth.Statistics.Reporting;

/// <summary>Why one report of a batch cannot be saved; nothing of the batch is saved then.</summary>
/// <param name="Errors">The fields that break the rules, for an invalid report.</param>
/// <param name="Refusal">The report's own refusal of the change (locked, or no way back to draft).</param>
public sealed record SubmissionProblem(
    ProblemKind Kind, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null, ReportRefusal? Refusal = null)
{
    public static SubmissionProblem Refused(ReportRefusal refusal) => new(
        refusal.Title == ReportRefusal.LockedTitle ? ProblemKind.Locked : ProblemKind.Conflict, refusal.Detail, Refusal: refusal);
}

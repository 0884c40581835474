using Microsoft.EntityFrameworkCore;
using Npgsql;
using PromoMonth.Contracts;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Domain.Forms;
using PromoMonth.Statistics.Domain.Periods;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Infrastructure;

namespace PromoMonth.Statistics.Reporting;

/// <summary>
/// Saves reports for both doors (one report through the API, thousands through a bulk import): every report of a
/// batch is checked first (period, responsible contact, the report's own refusal when locked or sent back to draft,
/// form rules) and nothing is stored unless all pass. Then, in one transaction, each report saves or submits itself
/// (a submission spends the correction it needs and announces itself), the revisions are written, and the national
/// totals are moved by the difference each submission makes.
/// </summary>
public sealed class ReportSubmissions(StatisticsDbContext db, TimeProvider clock, ILogger<ReportSubmissions> logger)
{
    /// <summary>What one request of the batch will do to which report, decided while checking it.</summary>
    private sealed record Plan(Report Report, bool Created, bool Repeated, ReportingPeriod Period, StatisticsForm Form,
        CorrectionRequest? Correction);

    /// <param name="checkOnly">Check every report and answer the problems, but store nothing (an import with bad rows elsewhere).</param>
    public async Task<SubmissionOutcome> SaveAsync(IReadOnlyList<SubmissionRequest> requests, string by,
        CancellationToken cancellationToken,
        bool checkOnly = false)
    {
        var now = clock.GetUtcNow();
        var facts = await SubmissionFacts.LoadAsync(db, requests, cancellationToken);
        var problems = new Dictionary<int, SubmissionProblem>();
        var plans = new Plan?[requests.Count];
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < requests.Count; i++)
        {
            var (problem, plan) = Check(requests[i], facts, by, now, seen);
            if (problem is not null)
            {
                problems[i] = problem;
            }
            plans[i] = plan;
        }
        if (problems.Count > 0 || checkOnly)
        {
            return new([], problems);
        }

        var saved = new List<(Report, bool, bool)>();
        var totals = new RunningTotals(FigureLevel.Submitted);
        var submitted = new List<Report>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        for (var i = 0; i < requests.Count; i++)
        {
            var (request, plan) = (requests[i], plans[i]
                ?? throw new InvalidOperationException($"Request {i} was checked without a plan."));
            var report = plan.Report;
            saved.Add((report, plan.Created, plan.Repeated));
            if (plan.Repeated)
            {
                continue;
            }
            if (plan.Created)
            {
                db.Reports.Add(report);
                facts.Reports.Add(report);
            }
            var before = report.IsSubmitted ? report.Content.Values : null;
            var save = new ReportSave(by, now, request.IdempotencyKey, plan.Correction);
            db.Revisions.Add(request.Submit
                ? report.Submit(request.Content, plan.Form, plan.Period, save)
                : report.SaveDraft(request.Content, plan.Form, plan.Period, save));
            if (request.Submit)
            {
                totals.Add(report.PeriodCode, before, report.Content.Values);
                submitted.Add(report);
            }
        }
        FlagOutliers(submitted, facts);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await totals.MoveAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException
            || ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another save of the same report won the race; the caller retries against its result.
            logger.LogInformation("A report save lost a race with another save of the same report");
            return new([], new Dictionary<int, SubmissionProblem> { [0] = SubmissionProblem.Refused(ReportRefusal.SavedMeanwhile) });
        }
        StatisticsTelemetry.ReportsSubmitted.Add(submitted.Count);
        return new(saved, problems);
    }

    private static (SubmissionProblem? Problem, Plan? Plan) Check(SubmissionRequest request, SubmissionFacts facts, string by,
        DateTimeOffset now, HashSet<(string, string)> seen)
    {
        var existing = facts.ReportOf(request.PeriodCode, request.RegionCode);
        var period = facts.Periods.GetValueOrDefault(request.PeriodCode);
        if (period is null || !facts.Forms.TryGetValue(period.CampaignCode, out var form))
        {
            return (new(ProblemKind.UnknownPeriod, $"There is no reporting period '{request.PeriodCode}'."), null);
        }
        if (request.IdempotencyKey is not null && existing is not null && existing.IdempotencyKey == request.IdempotencyKey)
        {
            return (null, new(existing, Created: false, Repeated: true, period, form, null));
        }
        if (!ReportingUnits.IsKnown(request.RegionCode))
        {
            return (Invalid($"'{request.RegionCode}' is not a reporting unit.", "regionCode", "Not one of the 37 reporting units."), null);
        }
        if (!seen.Add((request.PeriodCode, request.RegionCode)))
        {
            return (Invalid("The same report appears twice.", "report",
                $"Unit {request.RegionCode}, period {request.PeriodCode} appears more than once."), null);
        }
        if (!facts.WithContacts.Contains(request.RegionCode))
        {
            return (new(ProblemKind.NoResponsibleContact,
                $"Reporting unit {request.RegionCode} has not named its responsible contact; name one "
                    + $"(PUT /api/statistics/units/{request.RegionCode}/contacts) before reporting.",
                new Dictionary<string, string[]> { ["contacts"] = [$"Reporting unit {request.RegionCode} has no responsible contact."] }),
                    null);
        }
        var report = existing ?? Report.Start(request.RegionCode, period, form, by);
        var correction = facts.CorrectionOf(request.PeriodCode, request.RegionCode);
        if (report.RefusalOf(request.Submit, period, correction, now) is { } refusal)
        {
            return (SubmissionProblem.Refused(refusal), null);
        }
        var errors = ReportValidator.Validate(form, request.Content, request.RegionCode, request.Submit);
        return errors.Count > 0
            ? (new(ProblemKind.Invalid, "The report breaks the form's rules.", errors), null)
            : (null, new(report, Created: existing is null, Repeated: false, period, form, correction));
    }

    private static SubmissionProblem Invalid(string detail, string field, string message) =>
        new(ProblemKind.Invalid, detail, new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>Each submitted report against the other units of its period and its own earlier periods of the same kind.</summary>
    /// <remarks>The reports are indexed by period and by unit once: an import of a whole campaign compares every report with
    /// its period's and its unit's, and scanning the whole batch for each report made that quadratic.</remarks>
    private static void FlagOutliers(List<Report> submitted, SubmissionFacts facts)
    {
        var inUse = facts.Reports.Where(r => r.IsSubmitted).ToList();
        var sameKindPeriods = facts.SameKind.ToHashSet(StringComparer.Ordinal);
        var byPeriod = inUse.ToLookup(r => r.PeriodCode, StringComparer.Ordinal);
        var byUnit = inUse.Where(r => sameKindPeriods.Contains(r.PeriodCode)).ToLookup(r => r.RegionCode, StringComparer.Ordinal);
        foreach (var report in submitted)
        {
            var others = Collect(byPeriod[report.PeriodCode].Where(r => r.RegionCode != report.RegionCode));
            var daily = facts.Periods[report.PeriodCode].Kind == PeriodKind.Daily;
            var history = daily ? Collect(byUnit[report.RegionCode].Where(r => r.PeriodCode != report.PeriodCode)) : [];
            report.Flag(daily || others.Count > 0 ? OutlierAnalysis.Flag(report.Content.Values, others, history) : []);
        }
    }

    private static Dictionary<string, List<decimal>> Collect(IEnumerable<Report> reports)
    {
        var values = new Dictionary<string, List<decimal>>(StringComparer.Ordinal);
        foreach (var (code, value) in reports.SelectMany(r => r.Content.Values))
        {
            if (!values.TryGetValue(code, out var list))
            {
                values[code] = list = [];
            }
            list.Add(value);
        }
        return values;
    }
}

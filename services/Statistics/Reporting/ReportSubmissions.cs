using Microsoft.EntityFrameworkCore;
using Npgsql;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Domain.Forms;
using PromoMonth.Statistics.Domain.Periods;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Infrastructure;

namespace PromoMonth.Statistics.Reporting;

/// <summary>
/// Saves reports for both doors (one report through the API, thousands through a bulk import): every report of a
/// batch is checked first (period, responsible contact, lock and correction, form rules) and nothing is stored unless
/// all pass. Then, in one transaction, the reports and their revisions are written, the national totals moved by the
/// difference each submission makes, the corrections used spent, and one <c>ReportSubmitted</c> queued per submission.
/// </summary>
public sealed class ReportSubmissions(StatisticsDbContext db, IEventOutbox outbox, TimeProvider clock, ILogger<ReportSubmissions> logger)
{
    /// <param name="checkOnly">Check every report and answer the problems, but store nothing (an import with bad rows elsewhere).</param>
    public async Task<SubmissionOutcome> SaveAsync(IReadOnlyList<SubmissionRequest> requests, string by, CancellationToken cancellationToken, bool checkOnly = false)
    {
        var now = clock.GetUtcNow();
        var periodCodes = requests.Select(r => r.PeriodCode).Distinct(StringComparer.Ordinal).ToList();
        var regionCodes = requests.Select(r => r.RegionCode).Distinct(StringComparer.Ordinal).ToList();
        var periods = await db.Periods.AsNoTracking().Where(p => periodCodes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);
        var forms = await CurrentFormsAsync(periods.Values.Select(p => p.CampaignCode).Distinct().ToList(), cancellationToken);
        var withContacts = (await db.Contacts.Where(c => regionCodes.Contains(c.RegionCode)).Select(c => c.RegionCode).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var sameKind = await SameKindPeriodsAsync(periods.Values, cancellationToken);
        var reports = await db.Reports
            .Where(r => periodCodes.Contains(r.PeriodCode) || (regionCodes.Contains(r.RegionCode) && sameKind.Contains(r.PeriodCode)))
            .ToListAsync(cancellationToken);
        var byKey = reports.ToDictionary(r => (r.PeriodCode, r.RegionCode));
        var corrections = await db.Corrections
            .Where(c => c.Status == CorrectionStatus.Approved && periodCodes.Contains(c.PeriodCode) && regionCodes.Contains(c.RegionCode))
            .ToListAsync(cancellationToken);

        var problems = new Dictionary<int, SubmissionProblem>();
        var repeated = new HashSet<int>();
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            var existing = byKey.GetValueOrDefault((request.PeriodCode, request.RegionCode));
            if (request.IdempotencyKey is not null && existing?.IdempotencyKey == request.IdempotencyKey)
            {
                repeated.Add(i);
            }
            else if (Check(request, periods.GetValueOrDefault(request.PeriodCode), forms, withContacts, existing, corrections, now, seen) is { } problem)
            {
                problems[i] = problem;
            }
        }
        if (problems.Count > 0 || checkOnly)
        {
            return new([], problems);
        }

        var saved = new List<(Report, bool, bool)>();
        var deltas = new Dictionary<(string Period, string Indicator), (decimal Total, int Units)>();
        var submitted = new List<Report>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            var existing = byKey.GetValueOrDefault((request.PeriodCode, request.RegionCode));
            if (repeated.Contains(i))
            {
                saved.Add((existing!, false, true));
                continue;
            }
            var period = periods[request.PeriodCode];
            var form = forms[period.CampaignCode];
            var report = existing ?? new Report { RegionCode = request.RegionCode, PeriodCode = request.PeriodCode, FormId = form.Id, FormVersion = form.Version, UpdatedBy = by };
            if (existing is null)
            {
                db.Reports.Add(report);
                byKey[(report.PeriodCode, report.RegionCode)] = report;
                reports.Add(report);
            }
            var before = report.Status == ReportStatus.Submitted ? report.Content.Values : null;
            var correction = period.IsLocked(now) ? corrections.First(c => c.RegionCode == request.RegionCode && c.PeriodCode == request.PeriodCode) : null;
            if (correction is not null)
            {
                correction.Status = CorrectionStatus.Used;
            }
            report.FormId = form.Id;
            report.FormVersion = form.Version;
            db.Revisions.Add(report.Save(request.Content, request.Submit, period.IsLate(now), by, now, request.IdempotencyKey, correction?.Id));
            if (request.Submit)
            {
                AddDeltas(deltas, report.PeriodCode, before, report.Content.Values);
                submitted.Add(report);
                outbox.Enqueue(new ReportSubmitted
                {
                    ReportId = report.Id,
                    RegionCode = report.RegionCode,
                    PeriodCode = report.PeriodCode,
                    CampaignCode = period.CampaignCode,
                    Version = report.Version,
                    Late = report.Late,
                    SubmittedAt = now,
                });
            }
            saved.Add((report, existing is null, false));
        }
        FlagOutliers(submitted, reports, periods, sameKind);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await MoveNationalTotalsAsync(deltas, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another save of the same report won the race; the caller retries against its result.
            logger.LogInformation("A report save lost a race with another save of the same report");
            return new([], new Dictionary<int, SubmissionProblem> { [0] = new(ProblemKind.Conflict, "The report was saved by someone else at the same moment; read it and try again.") });
        }
        StatisticsTelemetry.ReportsSubmitted.Add(submitted.Count);
        return new(saved, problems);
    }

    private static SubmissionProblem? Check(SubmissionRequest request, ReportingPeriod? period, Dictionary<string, StatisticsForm> forms, HashSet<string> withContacts,
        Report? existing, List<CorrectionRequest> corrections, DateTimeOffset now, HashSet<(string, string)> seen)
    {
        if (period is null || !forms.TryGetValue(period.CampaignCode, out var form))
        {
            return new(ProblemKind.UnknownPeriod, $"There is no reporting period '{request.PeriodCode}'.");
        }
        if (!ReportingUnits.IsKnown(request.RegionCode))
        {
            return new(ProblemKind.Invalid, $"'{request.RegionCode}' is not a reporting unit.", new Dictionary<string, string[]> { ["regionCode"] = ["Not one of the 37 reporting units."] });
        }
        if (!seen.Add((request.PeriodCode, request.RegionCode)))
        {
            return new(ProblemKind.Invalid, "The same report appears twice.", new Dictionary<string, string[]> { ["report"] = [$"Unit {request.RegionCode}, period {request.PeriodCode} appears more than once."] });
        }
        if (!withContacts.Contains(request.RegionCode))
        {
            return new(ProblemKind.NoResponsibleContact, $"Reporting unit {request.RegionCode} has not named its responsible contact; name one (PUT /api/statistics/units/{request.RegionCode}/contacts) before reporting.",
                new Dictionary<string, string[]> { ["contacts"] = [$"Reporting unit {request.RegionCode} has no responsible contact."] });
        }
        if (period.IsLocked(now) && !corrections.Any(c => c.RegionCode == request.RegionCode && c.PeriodCode == request.PeriodCode))
        {
            return new(ProblemKind.Locked, $"Period {period.Code} locked at {period.LockAt:u}; changing the report takes a correction request the ministry approves.");
        }
        if (existing is { Status: ReportStatus.Submitted } && !request.Submit)
        {
            return new(ProblemKind.Conflict, "The report is submitted; it changes by resubmitting, not by going back to draft.");
        }
        var errors = ReportValidator.Validate(form, request.Content, request.RegionCode, request.Submit);
        return errors.Count > 0 ? new(ProblemKind.Invalid, "The report breaks the form's rules.", errors) : null;
    }

    private async Task<Dictionary<string, StatisticsForm>> CurrentFormsAsync(List<string> campaigns, CancellationToken cancellationToken)
    {
        var forms = await db.Forms.AsNoTracking().Where(f => campaigns.Contains(f.CampaignCode)).ToListAsync(cancellationToken);
        return forms.GroupBy(f => f.CampaignCode).ToDictionary(g => g.Key, g => g.MaxBy(f => f.Version)!, StringComparer.Ordinal);
    }

    private async Task<List<string>> SameKindPeriodsAsync(IEnumerable<ReportingPeriod> periods, CancellationToken cancellationToken)
    {
        var kinds = periods.Select(p => new { p.CampaignCode, p.Kind }).Distinct().ToList();
        var campaigns = kinds.Select(k => k.CampaignCode).Distinct().ToList();
        var candidates = await db.Periods.AsNoTracking().Where(p => campaigns.Contains(p.CampaignCode)).Select(p => new { p.Code, p.CampaignCode, p.Kind }).ToListAsync(cancellationToken);
        return candidates.Where(c => kinds.Any(k => k.CampaignCode == c.CampaignCode && k.Kind == c.Kind)).Select(c => c.Code).ToList();
    }

    /// <summary>Each submitted report against the other units of its period and its own earlier periods of the same kind.</summary>
    /// <remarks>The reports are indexed by period and by unit once: an import of a whole campaign compares every report with
    /// its period's and its unit's, and scanning the whole batch for each report made that quadratic.</remarks>
    private static void FlagOutliers(List<Report> submitted, List<Report> known, Dictionary<string, ReportingPeriod> periods, List<string> sameKind)
    {
        var inUse = known.Where(r => r.Status == ReportStatus.Submitted).ToList();
        var sameKindPeriods = sameKind.ToHashSet(StringComparer.Ordinal);
        var byPeriod = inUse.ToLookup(r => r.PeriodCode, StringComparer.Ordinal);
        var byUnit = inUse.Where(r => sameKindPeriods.Contains(r.PeriodCode)).ToLookup(r => r.RegionCode, StringComparer.Ordinal);
        foreach (var report in submitted)
        {
            var others = Collect(byPeriod[report.PeriodCode].Where(r => r.RegionCode != report.RegionCode));
            var period = periods[report.PeriodCode];
            var history = period.Kind == PeriodKind.Daily ? Collect(byUnit[report.RegionCode].Where(r => r.PeriodCode != report.PeriodCode)) : [];
            report.Outliers = period.Kind == PeriodKind.Daily || others.Count > 0
                ? OutlierAnalysis.Flag(report.Content.Values, others, history)
                : [];
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

    private static void AddDeltas(Dictionary<(string, string), (decimal Total, int Units)> deltas, string period, Dictionary<string, decimal>? before, Dictionary<string, decimal> after)
    {
        foreach (var code in (before?.Keys ?? Enumerable.Empty<string>()).Union(after.Keys))
        {
            var had = before is not null && before.ContainsKey(code);
            var has = after.ContainsKey(code);
            var change = (has ? after[code] : 0) - (had ? before![code] : 0);
            var units = (has ? 1 : 0) - (had ? 1 : 0);
            var current = deltas.GetValueOrDefault((period, code));
            deltas[(period, code)] = (current.Total + change, current.Units + units);
        }
    }

    /// <summary>One statement for the whole batch; an upsert, so two units submitting at once both count.</summary>
    private async Task MoveNationalTotalsAsync(Dictionary<(string Period, string Indicator), (decimal Total, int Units)> deltas, CancellationToken cancellationToken)
    {
        if (deltas.Count == 0)
        {
            return;
        }
        var periods = deltas.Keys.Select(k => k.Period).ToArray();
        var indicators = deltas.Keys.Select(k => k.Indicator).ToArray();
        var totals = deltas.Values.Select(v => v.Total).ToArray();
        var units = deltas.Values.Select(v => v.Units).ToArray();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO national_totals (period_code, indicator_code, total, units)
            SELECT * FROM unnest({periods}::text[], {indicators}::text[], {totals}::numeric[], {units}::int[])
            ON CONFLICT (period_code, indicator_code) DO UPDATE
            SET total = national_totals.total + excluded.total, units = national_totals.units + excluded.units
            """, cancellationToken);
    }
}

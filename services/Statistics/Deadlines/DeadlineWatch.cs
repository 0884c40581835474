using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Domain;
using PromoMonth.ServiceDefaults.Hosting;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Infrastructure;

namespace PromoMonth.Statistics.Deadlines;

/// <summary>
/// At each period's due time, announces every unit still missing (<c>ReportOverdue</c>), and from the start of the
/// warning's lead (working days, <see cref="DeadlineWarning"/>) warns them (<c>ReportDeadlineApproaching</c>).
/// Each announcement is a row in <c>deadline_notices</c> keyed by unit, period and kind, inserted with
/// <c>ON CONFLICT DO NOTHING … RETURNING</c> in the same transaction as its outbox row: with several replicas running
/// the watch, only the one whose insert lands announces, so never twice.
/// A unit counts as missing at the due time when it had not submitted by then, even if it submitted late since; it is
/// warned while it has no report standing submitted (none, a draft, or one the ministry returned for resubmission).
/// </summary>
public sealed class DeadlineWatch(IServiceScopeFactory scopes, IOptions<DeadlineWatchOptions> options, TimeProvider clock,
    ILogger<DeadlineWatch> logger) : BackgroundWatch(clock, logger)
{
    private sealed record NoticeRow(string RegionCode, string PeriodCode, DateTimeOffset DueAt);

    protected override TimeSpan Interval => options.Value.Interval;

    protected override string Job => "deadline watch";

    protected override async Task<int> PassAsync(CancellationToken cancellationToken)
    {
        var (overdue, reminded) = await RunOnceAsync(cancellationToken);
        return overdue + reminded;
    }

    /// <returns>How many units were announced overdue and how many reminded in this pass.</returns>
    public async Task<(int Overdue, int Reminded)> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StatisticsDbContext>();
        // To the microsecond the database keeps, so a notice's time compares with the due time as the query did.
        var now = TruncateToMicroseconds(Clock.GetUtcNow().ToUniversalTime());
        var warned = await WarnedPeriodsAsync(db, now, cancellationToken);
        var units = ReportingUnits.All.Select(u => u.Code).ToArray();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var overdue = await db.Database.SqlQuery<NoticeRow>($"""
            INSERT INTO deadline_notices (region_code, period_code, kind, noticed_at)
            SELECT u.code, p.code, 'Overdue', {now}
            FROM reporting_periods p CROSS JOIN unnest({units}::text[]) AS u(code)
            WHERE p.due_at <= {now}
              AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.period_code = p.code AND r.region_code = u.code
                              AND r.first_submitted_at IS NOT NULL AND r.first_submitted_at <= p.due_at)
            ON CONFLICT DO NOTHING
            RETURNING region_code, period_code, (SELECT due_at FROM reporting_periods WHERE code = period_code) AS due_at
            """).ToListAsync(cancellationToken);
        var reminded = await db.Database.SqlQuery<NoticeRow>($"""
            INSERT INTO deadline_notices (region_code, period_code, kind, noticed_at)
            SELECT u.code, p.code, 'Reminder', {now}
            FROM reporting_periods p CROSS JOIN unnest({units}::text[]) AS u(code)
            WHERE p.code = ANY({warned}) AND p.due_at > {now}
              AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.period_code = p.code AND r.region_code = u.code
                              AND r.status IN ('Submitted', 'Accepted'))
            ON CONFLICT DO NOTHING
            RETURNING region_code, period_code, (SELECT due_at FROM reporting_periods WHERE code = period_code) AS due_at
            """).ToListAsync(cancellationToken);
        var claimed = overdue.Count + reminded.Count;
        using var work = TraceWork(claimed);
        Announce(db, overdue, NoticeKind.Overdue, now);
        Announce(db, reminded, NoticeKind.Reminder, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (overdue.Count + reminded.Count > 0)
        {
            StatisticsTelemetry.ReportsOverdue.Add(overdue.Count);
            StatisticsTelemetry.DeadlineWarnings.Add(reminded.Count);
            Logger.LogInformation("Deadline watch: {Overdue} reports overdue, {Warned} units warned", overdue.Count, reminded.Count);
        }
        return (overdue.Count, reminded.Count);
    }

    /// <summary>The periods whose warning is due now: few rows, and the working-day calendar is the domain's, not SQL's.</summary>
    private async Task<string[]> WarnedPeriodsAsync(StatisticsDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = await db.Periods.Where(p => p.DueAt > now)
            .Select(p => new { p.Code, p.DueAt, p.EndsOn }).ToListAsync(cancellationToken);
        var lead = options.Value.WarningLeadWorkingDays;
        // Not before the period has ended, when it ends before its due time: a weekend day's tracking is not warned of
        // on the Friday before it. A period due as it ends is warned of on the working-day rule alone.
        return [.. open
            .Where(p => DeadlineWarning.IsDue(p.DueAt, now, lead, WorkdayCalendar.China)
                && (ShanghaiCalendar.EndOf(p.EndsOn) >= p.DueAt || now >= ShanghaiCalendar.EndOf(p.EndsOn)))
            .Select(p => p.Code)];
    }

    /// <summary>Each notice this pass's insert claimed is announced by its own domain method; the rows are stored already.</summary>
    private static void Announce(StatisticsDbContext db, List<NoticeRow> claimed, NoticeKind kind, DateTimeOffset now)
    {
        foreach (var row in claimed)
        {
            var notice = DeadlineNotice.Claimed(row.RegionCode, row.PeriodCode, kind, now);
            db.Notices.Attach(notice);
            notice.Announce(row.DueAt);
        }
    }

    private static DateTimeOffset TruncateToMicroseconds(DateTimeOffset at) => at.AddTicks(-(at.Ticks % 10));
}

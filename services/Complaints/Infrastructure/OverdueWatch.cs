using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PromoMonth.Complaints.Domain;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Domain;
using PromoMonth.ServiceDefaults.Hosting;

namespace PromoMonth.Complaints.Infrastructure;

/// <summary>
/// Watches the cases' statutory clocks. Announces each case that passed its acceptance deadline undecided, and warns
/// once of each running deadline (acceptance, mediation, verification) that falls due within the lead. Cases are
/// claimed with <c>FOR UPDATE SKIP LOCKED</c> and marked in the same transaction as their outbox rows, so several
/// replicas share the work and none announces a case twice. A suspended case's clocks stand still: it is skipped.
/// The queries name xmin, the system column the case's row version maps to, which <c>*</c> leaves out.
/// </summary>
public sealed class OverdueWatch(
    IServiceScopeFactory scopes, IOptions<OverdueWatchOptions> options, TimeProvider clock, ILogger<OverdueWatch> logger)
    : BackgroundWatch(clock, logger)
{
    private const int BatchSize = 100;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override string Job => "overdue watch";

    protected override async Task<int> PassAsync(CancellationToken cancellationToken) =>
        await WarnAllDueAsync(cancellationToken) + await AnnounceAllDueAsync(cancellationToken);

    /// <returns>How many cases were announced: batch after batch, until a batch is not full.</returns>
    public Task<int> AnnounceAllDueAsync(CancellationToken cancellationToken) => UntilShortAsync(AnnounceBatchAsync, cancellationToken);

    /// <returns>How many deadline warnings were announced, over every kind of deadline.</returns>
    public async Task<int> WarnAllDueAsync(CancellationToken cancellationToken)
    {
        var warned = 0;
        foreach (var deadline in Enum.GetValues<CaseDeadline>())
        {
            warned += await UntilShortAsync(token => WarnBatchAsync(deadline, token), cancellationToken);
        }
        return warned;
    }

    public async Task<int> AnnounceBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplaintsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = Clock.GetUtcNow();
        var due = await db.Cases.FromSql($"""
            SELECT *, xmin FROM cases
            WHERE status = 'Received' AND overdue_notified_at IS NULL AND acceptance_due_at <= {now}
              AND suspended_since IS NULL
            ORDER BY acceptance_due_at
            LIMIT {BatchSize}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        using var work = TraceWork(due.Count);
        foreach (var complaint in due)
        {
            complaint.MarkOverdueAnnounced(now);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (due.Count > 0)
        {
            ComplaintsTelemetry.CasesOverdue.Add(due.Count);
            Logger.LogInformation("{Count} cases passed their acceptance deadline undecided", due.Count);
        }
        return due.Count;
    }

    /// <summary>
    /// Claims the unwarned cases whose running <paramref name="deadline"/> falls due within the lead, earliest first,
    /// and warns of each. The query asks for exactly the deadlines whose warning is due, so a full batch means more.
    /// </summary>
    public async Task<int> WarnBatchAsync(CaseDeadline deadline, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplaintsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = Clock.GetUtcNow();
        var lead = options.Value.WarningLeadWorkingDays;
        var latest = DeadlineWarning.LatestDueWarnedAt(now, lead, WorkdayCalendar.China);
        var candidates = deadline switch
        {
            CaseDeadline.Acceptance => db.Cases.FromSql($"""
                SELECT *, xmin FROM cases
                WHERE status = 'Received' AND overdue_notified_at IS NULL AND acceptance_warned_at IS NULL
                  AND suspended_since IS NULL AND acceptance_due_at > {now} AND acceptance_due_at <= {latest}
                ORDER BY acceptance_due_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
                """),
            CaseDeadline.Mediation => db.Cases.FromSql($"""
                SELECT *, xmin FROM cases
                WHERE status = 'InMediation' AND mediation_warned_at IS NULL
                  AND suspended_since IS NULL AND mediation_due_at > {now} AND mediation_due_at <= {latest}
                ORDER BY mediation_due_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
                """),
            _ => db.Cases.FromSql($"""
                SELECT *, xmin FROM cases
                WHERE status IN ('Received', 'Accepted', 'InMediation') AND verification_warned_at IS NULL
                  AND suspended_since IS NULL AND verification_due_at > {now} AND verification_due_at <= {latest}
                ORDER BY verification_due_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
                """),
        };
        var claimed = await candidates.ToListAsync(cancellationToken);
        using var work = TraceWork(claimed.Count);
        var warned = claimed.Count(complaint => complaint.WarnOfDeadline(deadline, now, lead, WorkdayCalendar.China));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (warned > 0)
        {
            ComplaintsTelemetry.DeadlineWarnings.Add(warned, new KeyValuePair<string, object?>("deadline", deadline.ToString()));
            Logger.LogInformation("{Count} cases warned that their {Deadline} deadline is near", warned, deadline);
        }
        return warned;
    }

    private static async Task<int> UntilShortAsync(Func<CancellationToken, Task<int>> batch, CancellationToken cancellationToken)
    {
        var total = 0;
        int done;
        do
        {
            done = await batch(cancellationToken);
            total += done;
        }
        while (done == BatchSize);
        return total;
    }
}

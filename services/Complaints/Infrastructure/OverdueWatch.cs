using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PromoMonth.ServiceDefaults.Hosting;

namespace PromoMonth.Complaints.Infrastructure;

/// <summary>
/// Announces each case that passed its acceptance deadline undecided, once: cases are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c> and marked in the same transaction as their <c>ComplaintOverdue</c> outbox row, so
/// several replicas share the work and none announces a case twice.
/// </summary>
public sealed class OverdueWatch(
    IServiceScopeFactory scopes, IOptions<OverdueWatchOptions> options, TimeProvider clock, ILogger<OverdueWatch> logger)
    : BackgroundWatch(clock, logger)
{
    private const int BatchSize = 100;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override string Job => "overdue watch";

    protected override Task<int> PassAsync(CancellationToken cancellationToken) => AnnounceAllDueAsync(cancellationToken);

    /// <returns>How many cases were announced: batch after batch, until a batch is not full.</returns>
    public async Task<int> AnnounceAllDueAsync(CancellationToken cancellationToken)
    {
        var announced = 0;
        int batch;
        do
        {
            batch = await AnnounceBatchAsync(cancellationToken);
            announced += batch;
        }
        while (batch == BatchSize);
        return announced;
    }

    public async Task<int> AnnounceBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplaintsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = Clock.GetUtcNow();
        var due = await db.Cases.FromSql($"""
            SELECT * FROM cases
            WHERE status = 'Received' AND overdue_notified_at IS NULL AND acceptance_due_at <= {now}
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
}

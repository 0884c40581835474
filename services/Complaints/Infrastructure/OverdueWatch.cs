using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PromoMonth.Complaints.Domain;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.Complaints.Infrastructure;

public sealed class OverdueWatchOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Announces each case that passed its acceptance deadline undecided, once: cases are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c> and marked in the same transaction as their <c>ComplaintOverdue</c> outbox row, so
/// several replicas share the work and none announces a case twice.
/// </summary>
public sealed class OverdueWatch(IServiceScopeFactory scopes, IOptions<OverdueWatchOptions> options, TimeProvider clock, ILogger<OverdueWatch> logger) : BackgroundService
{
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                await AnnounceAllDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "The overdue watch could not run; it tries again at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

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
        var outbox = scope.ServiceProvider.GetRequiredService<IEventOutbox>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var due = await db.Cases.FromSql($"""
            SELECT * FROM cases
            WHERE status = 'Received' AND overdue_notified_at IS NULL AND acceptance_due_at <= {now}
            ORDER BY acceptance_due_at
            LIMIT {BatchSize}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        foreach (var complaint in due)
        {
            complaint.OverdueNotifiedAt = now;
            outbox.Enqueue(new ComplaintOverdue { CaseId = complaint.Id, ResponsibleRegion = complaint.ResponsibleRegion, DueAt = complaint.AcceptanceDueAt, NoticedAt = now });
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (due.Count > 0)
        {
            ComplaintsTelemetry.CasesOverdue.Add(due.Count);
            logger.LogInformation("{Count} cases passed their acceptance deadline undecided", due.Count);
        }
        return due.Count;
    }
}

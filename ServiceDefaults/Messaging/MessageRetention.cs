using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PromoMonth.ServiceDefaults.Hosting;

namespace PromoMonth.ServiceDefaults.Messaging;

/// <summary>
/// Deletes published outbox rows and handled inbox ids once they are older than their retention, in batches. Rows
/// are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so replicas running it at once split the work; an unpublished
/// outbox row is never deleted, however old.
/// </summary>
public sealed class MessageRetention<TDbContext>(
    IServiceScopeFactory scopes,
    IOptions<MessageRetentionOptions> options,
    TimeProvider clock,
    ILogger<MessageRetention<TDbContext>> logger) : BackgroundWatch(clock, logger) where TDbContext : DbContext
{
    private readonly MessageRetentionOptions _options = options.Value;

    protected override TimeSpan Interval => _options.Interval;

    protected override string Job => "outbox and inbox retention";

    protected override async Task<int> PassAsync(CancellationToken cancellationToken)
    {
        if (!_options.Enabled)
        {
            return 0;
        }
        var (outbox, inbox) = await DeleteExpiredAsync(cancellationToken);
        if (outbox + inbox > 0)
        {
            Logger.LogInformation("Retention deleted {Outbox} published outbox rows and {Inbox} inbox ids", outbox, inbox);
        }
        return outbox + inbox;
    }

    /// <summary>Deletes every expired row, batch after batch; answers how many of each table.</summary>
    public async Task<(int Outbox, int Inbox)> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var outboxCutoff = now - _options.Outbox;
        var inboxCutoff = now - _options.Inbox;
        var batch = _options.BatchSize;
        var outbox = await DeleteInBatchesAsync(db => db.Database.ExecuteSqlAsync($"""
            DELETE FROM outbox_messages WHERE id IN (
                SELECT id FROM outbox_messages WHERE published_at < {outboxCutoff} LIMIT {batch} FOR UPDATE SKIP LOCKED)
            """, cancellationToken), "outbox", cancellationToken);
        var inbox = await DeleteInBatchesAsync(db => db.Database.ExecuteSqlAsync($"""
            DELETE FROM inbox_messages WHERE (message_id, consumer) IN (
                SELECT message_id, consumer FROM inbox_messages WHERE handled_at < {inboxCutoff} LIMIT {batch} FOR UPDATE SKIP LOCKED)
            """, cancellationToken), "inbox", cancellationToken);
        return (outbox, inbox);
    }

    private async Task<int> DeleteInBatchesAsync(Func<TDbContext, Task<int>> deleteBatch, string table, CancellationToken cancellationToken)
    {
        var total = 0;
        int deleted;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            deleted = await deleteBatch(scope.ServiceProvider.GetRequiredService<TDbContext>());
            total += deleted;
            MessagingTelemetry.RetentionDeleted.Add(deleted, new KeyValuePair<string, object?>("table", table));
        }
        while (deleted == _options.BatchSize);
        return total;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PromoMonth.ServiceDefaults.Hosting;

namespace PromoMonth.Webhooks.Infrastructure;

/// <summary>
/// Deletes delivered and failed deliveries older than Webhooks:Retention (30 days: past any re-drive a partner still
/// asks for), in short batches claimed with <c>SKIP LOCKED</c>, so the table holds a month, not the whole campaign.
/// A pending delivery is never deleted.
/// </summary>
internal sealed class DeliveryRetention(
    IServiceScopeFactory scopes, IOptions<WebhooksOptions> options, TimeProvider clock, ILogger<DeliveryRetention> logger)
    : BackgroundWatch(clock, logger)
{
    private const int BatchSize = 5000;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(10);

    protected override string Job => "webhook delivery retention";

    protected override async Task<int> PassAsync(CancellationToken cancellationToken)
    {
        var cutoff = Clock.GetUtcNow() - options.Value.Retention;
        var total = 0;
        int deleted;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WebhooksDbContext>();
            deleted = await db.Database.ExecuteSqlAsync($"""
                DELETE FROM webhook_deliveries WHERE id IN (
                    SELECT id FROM webhook_deliveries WHERE created_at < {cutoff} AND status <> 'Pending'
                    LIMIT {BatchSize} FOR UPDATE SKIP LOCKED)
                """, cancellationToken);
            total += deleted;
        }
        while (deleted == BatchSize);
        if (total > 0)
        {
            Logger.LogInformation("Retention deleted {Deliveries} webhook deliveries", total);
        }
        return total;
    }
}

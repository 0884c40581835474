using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PromoMonth.ServiceDefaults.Operations;

namespace PromoMonth.ServiceDefaults.Messaging;

/// <summary>
/// "Publish pending events now": after the broker is back, rows the relay backed off (up to its maximum back-off) go
/// at once instead of at their next attempt. Clears the back-off of every unpublished row, then relays until a pass
/// finds fewer rows than a batch.
/// </summary>
public sealed class RelayOutboxCommand<TDbContext>(OutboxRelay<TDbContext> relay, IServiceScopeFactory scopes, IOptions<OutboxRelayOptions> options, TimeProvider clock)
    : IOperatorCommand where TDbContext : DbContext
{
    /// <summary>A bound on one command's work: a backlog larger than this is left to the relay's own loop.</summary>
    private const int MaxPasses = 1000;

    public string Name => "relay-outbox";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
            var now = clock.GetUtcNow();
            await db.Set<OutboxMessage>().Where(m => m.PublishedAt == null && m.NextAttemptAt > now)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptAt, now), cancellationToken);
        }
        var claimed = 0;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var batch = await relay.RelayBatchAsync(cancellationToken);
            claimed += batch;
            if (batch < options.Value.BatchSize)
            {
                break;
            }
        }
        await using var after = scopes.CreateAsyncScope();
        var pending = await after.ServiceProvider.GetRequiredService<TDbContext>().Set<OutboxMessage>().CountAsync(m => m.PublishedAt == null, cancellationToken);
        return pending == 0
            ? $"{claimed} events relayed; none pending."
            : $"{claimed} events relayed; {pending} still pending (the broker refused them: see the relay's warnings).";
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PromoMonth.ServiceDefaults.Operations;

namespace PromoMonth.ServiceDefaults.Messaging;

/// <summary>
/// "Publish pending events now": after the broker is back, rows the relay backed off (up to its maximum back-off) go
/// at once instead of at their next attempt. Clears the back-off of every unpublished row, then relays until a pass
/// finds fewer rows than a batch, or stops at the first pass the broker refused (it is still away: the relay's own
/// back-off takes over again, and the command says so instead of timing out on every remaining row).
/// </summary>
public sealed class RelayOutboxCommand<TDbContext>(
    OutboxRelay<TDbContext> relay, IServiceScopeFactory scopes, IOptions<OutboxRelayOptions> options, TimeProvider clock)
    : IOperatorCommand where TDbContext : DbContext
{
    /// <summary>A bound on one command's work: a backlog larger than this is left to the relay's own loop.</summary>
    private const int MaxPasses = 100;

    public string Name => "relay-outbox";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<TDbContext>().Set<OutboxMessage>();
        var now = clock.GetUtcNow();
        await outbox.Where(m => m.PublishedAt == null && m.NextAttemptAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptAt, now), cancellationToken);
        var published = 0;
        var refused = false;
        for (var pass = 0; pass < MaxPasses && !refused; pass++)
        {
            var result = await relay.RelayBatchAsync(cancellationToken);
            published += result.Published;
            refused = result.BrokerRefused;
            if (result.Claimed < options.Value.BatchSize)
            {
                break;
            }
        }
        var pending = await outbox.CountAsync(m => m.PublishedAt == null, cancellationToken);
        var sent = published == 1 ? "1 event published" : $"{published} events published";
        return (pending, refused) switch
        {
            (0, _) => $"{sent}; none pending.",
            (_, true) => $"{sent}; {pending} still pending: the broker refused them (see the relay's warnings), the relay keeps trying.",
            _ => $"{sent}; {pending} still pending, for the relay's own passes.",
        };
    }
}

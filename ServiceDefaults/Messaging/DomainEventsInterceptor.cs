using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.ServiceDefaults.Messaging;

/// <summary>
/// Turns the events that tracked aggregates recorded into outbox rows of the same SaveChanges, through the service's
/// one mapping: no caller has to remember to publish, and nothing is published for a change that was not stored.
/// </summary>
internal sealed class DomainEventsInterceptor(IServiceProvider services, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        // No service saves synchronously; this path exists for EF's tools and blocks on the same work.
        AddOutboxRowsAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await AddOutboxRowsAsync(eventData.Context, cancellationToken);
        return result;
    }

    private async ValueTask AddOutboxRowsAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null)
        {
            return;
        }
        var aggregates = context.ChangeTracker.Entries<AggregateRoot>()
            .Where(entry => entry.Entity.PendingEvents().Count > 0)
            .Select(entry => entry.Entity)
            .ToList();
        if (aggregates.Count == 0)
        {
            return;
        }
        var contracts = services.GetService(typeof(IDomainEventContracts)) as IDomainEventContracts
            ?? throw new InvalidOperationException(
                $"{context.GetType().Name} saved domain events but the service registered no {nameof(IDomainEventContracts)}.");
        var now = clock.GetUtcNow();
        var domainEvents = aggregates.SelectMany(aggregate => aggregate.TakeEvents()).ToList();
        foreach (var domainEvent in domainEvents)
        {
            if (contracts.ToContract(domainEvent) is { } message)
            {
                context.Set<OutboxMessage>().Add(OutboxRows.Create(message, now));
            }
        }
        foreach (var message in await contracts.FollowUpsAsync(context, domainEvents, cancellationToken))
        {
            context.Set<OutboxMessage>().Add(OutboxRows.Create(message, now));
        }
    }
}

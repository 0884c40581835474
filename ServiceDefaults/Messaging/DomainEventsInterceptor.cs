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
        AddOutboxRows(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddOutboxRows(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddOutboxRows(DbContext? context)
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
        foreach (var domainEvent in aggregates.SelectMany(aggregate => aggregate.TakeEvents()))
        {
            if (contracts.ToContract(domainEvent) is { } message)
            {
                context.Set<OutboxMessage>().Add(OutboxRows.Create(message, now));
            }
        }
    }
}

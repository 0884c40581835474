using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PromoMonth.ServiceDefaults.Messaging;

/// <summary>
/// Wakes the relay once a unit of work that wrote outbox rows has committed: after SaveChanges when no explicit
/// transaction is open, else after the transaction commits. Saves without outbox rows (the relay's own) wake nobody.
/// </summary>
internal sealed class OutboxSignalInterceptor(OutboxSignal signal) : IDbTransactionInterceptor, ISaveChangesInterceptor
{
    private static readonly object Pending = new();
    private readonly ConditionalWeakTable<DbContext, object> _contextsWithNewRows = [];

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
        {
            _contextsWithNewRows.AddOrUpdate(context, Pending);
        }
        return ValueTask.FromResult(result);
    }

    public ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null && _contextsWithNewRows.Remove(context))
        {
            signal.Notify();
        }
        return ValueTask.FromResult(result);
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            _contextsWithNewRows.Remove(context);
        }
        return Task.CompletedTask;
    }

    public Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _contextsWithNewRows.Remove(context))
        {
            signal.Notify();
        }
        return Task.CompletedTask;
    }

    public Task TransactionRolledBackAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            _contextsWithNewRows.Remove(context);
        }
        return Task.CompletedTask;
    }
}

using Microsoft.EntityFrameworkCore;

namespace PromoMonth.ServiceDefaults.Domain;

/// <summary>
/// A service's one mapping from its domain events to the integration events other services read: the domain names
/// what happened, the contract is what leaves. An event that stays inside the service maps to null.
/// </summary>
public interface IDomainEventContracts
{
    object? ToContract(IDomainEvent domainEvent);

    /// <summary>
    /// Messages the saved events call for that only the database can word (who follows a changed activity), stored in the
    /// same transaction as the change. Most services have none.
    /// </summary>
    ValueTask<IReadOnlyList<object>> FollowUpsAsync(
        DbContext db, IReadOnlyList<IDomainEvent> domainEvents, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<object>>([]);
}

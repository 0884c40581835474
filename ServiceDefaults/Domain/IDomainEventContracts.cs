namespace PromoMonth.ServiceDefaults.Domain;

/// <summary>
/// A service's one mapping from its domain events to the integration events other services read: the domain names
/// what happened, the contract is what leaves. An event that stays inside the service maps to null.
/// </summary>
public interface IDomainEventContracts
{
    object? ToContract(IDomainEvent domainEvent);
}

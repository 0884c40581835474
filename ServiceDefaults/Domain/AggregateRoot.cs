namespace PromoMonth.ServiceDefaults.Domain;

/// <summary>
/// An entity whose methods record the events they cause. The events are kept out of the EF model (a field, no
/// property) and leave with the same SaveChanges that stores the change, as outbox rows.
/// </summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _domainEvents = [];

    /// <summary>The events recorded since the last save, in the order they happened.</summary>
    public IReadOnlyList<IDomainEvent> PendingEvents() => _domainEvents;

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    /// <summary>Hands the recorded events over and forgets them, so a second save does not send them again.</summary>
    public IReadOnlyList<IDomainEvent> TakeEvents()
    {
        var taken = _domainEvents.ToArray();
        _domainEvents.Clear();
        return taken;
    }
}

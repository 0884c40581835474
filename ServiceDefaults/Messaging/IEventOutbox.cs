namespace PromoMonth.ServiceDefaults.Messaging;

/// <summary>Queues an integration event on the current unit of work; it is stored by the caller's SaveChanges.</summary>
public interface IEventOutbox
{
    void Enqueue<TMessage>(TMessage message) where TMessage : class;
}

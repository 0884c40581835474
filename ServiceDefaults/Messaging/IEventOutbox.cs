namespace PromoMonth.ServiceDefaults.Messaging;

/// <summary>
/// Queues an integration event on the current unit of work, stored by the caller's SaveChanges under the message's
/// runtime type. Domain changes raise domain events instead; this is for what no aggregate does (a watch's notice).
/// </summary>
public interface IEventOutbox
{
    void Enqueue(object message);
}

namespace PromoMonth.ServiceDefaults.Domain;

/// <summary>
/// A request the domain refuses for a reason the caller can act on. Each kind is answered with one status, in one
/// place (<see cref="DomainFailureHandler"/>); the message is the detail the caller reads.
/// </summary>
public abstract class DomainException(string title, string message) : Exception(message)
{
    /// <summary>The problem's title: the same for every case of one rule, so clients can group them.</summary>
    public string Title { get; } = title;
}

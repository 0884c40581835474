namespace PromoMonth.ServiceDefaults.Messaging;

/// <summary>An event waiting to leave the service: written in the same transaction as the change that caused it.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }
    public required string MessageType { get; init; }
    public required string Body { get; init; }
    /// <summary>W3C trace context of the request that wrote the row, so the trace runs on through the broker.</summary>
    public string? TraceParent { get; init; }
    public string? TraceState { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? PublishedAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LastError { get; set; }
}

namespace PromoMonth.ServiceDefaults.Messaging;

/// <summary>How long the outbox and inbox keep their rows (Messaging:Retention); the README says why.</summary>
public sealed class MessageRetentionOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Published outbox rows: kept for an operator tracing what left during an incident.</summary>
    public TimeSpan Outbox { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Handled message ids: kept while the broker could still deliver the message again.</summary>
    public TimeSpan Inbox { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Rows per DELETE: short transactions, so intake never waits behind a clean-up.</summary>
    public int BatchSize { get; set; } = 5000;
}

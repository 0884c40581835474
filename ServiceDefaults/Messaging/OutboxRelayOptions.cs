namespace PromoMonth.ServiceDefaults.Messaging;

public sealed class OutboxRelayOptions
{
    /// <summary>Safety-net poll; commits wake the relay directly.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    public int BatchSize { get; set; } = 100;
    /// <summary>How long one publish may wait for the broker's confirm before the row is retried later.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Off only in tests that simulate a process dying between commit and publish.</summary>
    public bool Enabled { get; set; } = true;
}

namespace PromoMonth.ServiceDefaults.Messaging;

/// <summary>One pass of the outbox relay: rows it claimed, and how many of them the broker confirmed (the rest backed off).</summary>
public readonly record struct RelayPass(int Claimed, int Published)
{
    public bool BrokerRefused => Published < Claimed;
}

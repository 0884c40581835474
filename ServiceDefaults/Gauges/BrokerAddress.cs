namespace PromoMonth.ServiceDefaults.Gauges;

/// <summary>The broker's address from the service's connection string, for the connections MassTransit does not own.</summary>
public sealed record BrokerAddress(Uri Uri);

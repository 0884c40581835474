namespace PromoMonth.AppHost.Infrastructure;

/// <summary>The shared servers every service needs, whatever mode provided them.</summary>
public sealed record Infrastructure(
    IResourceBuilder<IResourceWithConnectionString> Broker,
    IResourceBuilder<IResourceWithConnectionString> Cache,
    IReadOnlyDictionary<string, IResourceBuilder<IResourceWithConnectionString>> Databases,
    bool CanWaitFor,
    int ServiceReplicas = 1,
    bool QuorumQueues = false);

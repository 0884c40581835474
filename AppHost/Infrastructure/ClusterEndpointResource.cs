namespace PromoMonth.AppHost.Infrastructure;

/// <summary>
/// What the services connect to on the cluster: several nodes behind one connection string (a multi-host PostgreSQL
/// string, a broker's load balancer, Redis Sentinel's set). It runs no process of its own; it turns Running when its
/// nodes are ready, and its health check asks through that string, as a service would.
/// </summary>
public sealed class ClusterEndpointResource(string name, ReferenceExpression connectionString)
    : Resource(name), IResourceWithConnectionString
{
    public ReferenceExpression ConnectionStringExpression => connectionString;
}

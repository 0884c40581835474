namespace PromoMonth.AppHost.Infrastructure;

/// <summary>Where PostgreSQL, RabbitMQ and Redis come from; one setting (Infrastructure:Mode) chooses.</summary>
public enum InfrastructureMode
{
    /// <summary>The Debian-packaged servers, launched by the AppHost as executables.</summary>
    Local,
    /// <summary>Aspire's container integrations; needs a Docker engine.</summary>
    Container,
    /// <summary>Existing servers or clusters, by connection strings from configuration.</summary>
    External,
    /// <summary>
    /// The Debian-packaged engines as clusters on this machine: PostgreSQL with a standby under pg_auto_failover,
    /// three RabbitMQ nodes behind HAProxy, Redis with a replica under Sentinel; two replicas of every service.
    /// </summary>
    Cluster,
}

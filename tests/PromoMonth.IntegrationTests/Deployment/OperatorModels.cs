using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace PromoMonth.IntegrationTests.Deployment;

// The operators' objects, as far as the manifests use them, with their specifications' field names: a misspelled or
// unknown field fails the strict load as it does for the built-in kinds.

/// <summary>A custom resource: its kind's metadata and a typed spec.</summary>
public abstract class OperatorObject<TSpec> : IKubernetesObject<V1ObjectMeta>
{
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = "";

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "";

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public TSpec? Spec { get; set; }
}

/// <summary>rabbitmq.com/v1beta1 RabbitmqCluster (RabbitMQ Cluster Operator).</summary>
public sealed class RabbitmqCluster : OperatorObject<RabbitmqClusterSpec>;

public sealed class RabbitmqClusterSpec
{
    [JsonPropertyName("replicas")]
    public int Replicas { get; set; }

    [JsonPropertyName("resources")]
    public V1ResourceRequirements? Resources { get; set; }

    [JsonPropertyName("persistence")]
    public RabbitmqPersistence? Persistence { get; set; }

    [JsonPropertyName("rabbitmq")]
    public RabbitmqConfig? Rabbitmq { get; set; }
}

public sealed class RabbitmqPersistence
{
    [JsonPropertyName("storage")]
    public string? Storage { get; set; }
}

public sealed class RabbitmqConfig
{
    [JsonPropertyName("additionalConfig")]
    public string? AdditionalConfig { get; set; }
}

/// <summary>postgresql.cnpg.io/v1 Cluster (CloudNativePG).</summary>
public sealed class CnpgCluster : OperatorObject<CnpgClusterSpec>;

public sealed class CnpgClusterSpec
{
    [JsonPropertyName("instances")]
    public int Instances { get; set; }

    [JsonPropertyName("bootstrap")]
    public CnpgBootstrap? Bootstrap { get; set; }

    [JsonPropertyName("postgresql")]
    public CnpgPostgresConfiguration? Postgresql { get; set; }

    [JsonPropertyName("storage")]
    public CnpgStorage? Storage { get; set; }

    [JsonPropertyName("resources")]
    public V1ResourceRequirements? Resources { get; set; }
}

public sealed class CnpgBootstrap
{
    [JsonPropertyName("initdb")]
    public CnpgInitDb? Initdb { get; set; }
}

public sealed class CnpgInitDb
{
    [JsonPropertyName("database")]
    public string? Database { get; set; }

    [JsonPropertyName("owner")]
    public string? Owner { get; set; }
}

public sealed class CnpgPostgresConfiguration
{
    [JsonPropertyName("synchronous")]
    public CnpgSynchronous? Synchronous { get; set; }

    [JsonPropertyName("parameters")]
    public Dictionary<string, string>? Parameters { get; set; }
}

public sealed class CnpgSynchronous
{
    [JsonPropertyName("method")]
    public string? Method { get; set; }

    [JsonPropertyName("number")]
    public int Number { get; set; }
}

public sealed class CnpgStorage
{
    [JsonPropertyName("size")]
    public string? Size { get; set; }
}

/// <summary>postgresql.cnpg.io/v1 Database (CloudNativePG).</summary>
public sealed class CnpgDatabase : OperatorObject<CnpgDatabaseSpec>;

public sealed class CnpgDatabaseSpec
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("owner")]
    public string? Owner { get; set; }

    [JsonPropertyName("cluster")]
    public V1LocalObjectReference? Cluster { get; set; }
}

/// <summary>redis.redis.opstreelabs.in/v1beta2 RedisReplication (OpsTree Redis Operator).</summary>
public sealed class RedisReplication : OperatorObject<RedisReplicationSpec>;

public sealed class RedisReplicationSpec
{
    [JsonPropertyName("clusterSize")]
    public int ClusterSize { get; set; }

    [JsonPropertyName("kubernetesConfig")]
    public RedisKubernetesConfig? KubernetesConfig { get; set; }

    [JsonPropertyName("redisConfig")]
    public RedisConfig? RedisConfig { get; set; }

    [JsonPropertyName("storage")]
    public RedisStorage? Storage { get; set; }
}

public sealed class RedisKubernetesConfig
{
    [JsonPropertyName("image")]
    public string? Image { get; set; }

    [JsonPropertyName("redisSecret")]
    public V1SecretKeySelector? RedisSecret { get; set; }

    [JsonPropertyName("resources")]
    public V1ResourceRequirements? Resources { get; set; }
}

public sealed class RedisConfig
{
    [JsonPropertyName("additionalRedisConfig")]
    public string? AdditionalRedisConfig { get; set; }
}

public sealed class RedisStorage
{
    [JsonPropertyName("volumeClaimTemplate")]
    public V1PersistentVolumeClaim? VolumeClaimTemplate { get; set; }
}

/// <summary>redis.redis.opstreelabs.in/v1beta2 RedisSentinel (OpsTree Redis Operator).</summary>
public sealed class RedisSentinel : OperatorObject<RedisSentinelSpec>;

public sealed class RedisSentinelSpec
{
    [JsonPropertyName("clusterSize")]
    public int ClusterSize { get; set; }

    [JsonPropertyName("kubernetesConfig")]
    public RedisKubernetesConfig? KubernetesConfig { get; set; }

    [JsonPropertyName("redisSentinelConfig")]
    public RedisSentinelConfig? RedisSentinelConfig { get; set; }
}

public sealed class RedisSentinelConfig
{
    [JsonPropertyName("redisReplicationName")]
    public string? RedisReplicationName { get; set; }

    [JsonPropertyName("masterGroupName")]
    public string? MasterGroupName { get; set; }

    [JsonPropertyName("quorum")]
    public string? Quorum { get; set; }
}

namespace PromoMonth.FaultTests;

/// <summary>The whole system with two replicas of every service behind the one gateway (<c>WithReplicas</c>).</summary>
public sealed class ReplicatedSystemFixture : SystemFixture
{
    public const int Replicas = 2;

    protected override IEnumerable<string> ExtraArguments => [$"Services:Replicas={Replicas}"];
}

[CollectionDefinition(Name)]
public sealed class ReplicatedSystemCollection : ICollectionFixture<ReplicatedSystemFixture>
{
    public const string Name = "Replicated system";
}

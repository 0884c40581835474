namespace PromoMonth.Contracts;

/// <summary>A key enterprise (重点企业) was registered by its reporting unit.</summary>
public sealed record EnterpriseRegistered
{
    public required Guid EnterpriseId { get; init; }
    public required string CreditCode { get; init; }
    public required string Name { get; init; }
    public required string RegionCode { get; init; }
    public required DateTimeOffset RegisteredAt { get; init; }
}

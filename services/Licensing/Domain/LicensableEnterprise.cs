namespace PromoMonth.Licensing.Domain;

/// <summary>
/// Licensing's own view of a registered key enterprise, built from the registry's events, so that a licence's
/// preconditions are checked without calling the registry.
/// </summary>
public sealed class LicensableEnterprise
{
    public Guid EnterpriseId { get; init; }
    public required string CreditCode { get; init; }
    public required string Name { get; set; }
    public required string RegionCode { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }
}

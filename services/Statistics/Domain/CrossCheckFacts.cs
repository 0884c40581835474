namespace PromoMonth.Statistics.Domain;

/// <summary>An activity in the national catalog, learnt from the registry's events, counted beside reported sessions.</summary>
public sealed class CatalogActivity
{
    public required Guid ActivityId { get; init; }
    public required string RegionCode { get; set; }
    public string? CampaignCode { get; set; }
    public bool Cancelled { get; set; }
}

/// <summary>A licence granted for the mark, learnt from licensing's events.</summary>
public sealed class GrantedLicence
{
    public required Guid LicenseId { get; init; }
    public required string RegionCode { get; init; }
    public required DateTimeOffset GrantedAt { get; init; }
}

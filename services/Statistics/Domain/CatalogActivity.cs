namespace PromoMonth.Statistics.Domain;

/// <summary>An activity in the national catalog, learnt from the registry's events, counted beside reported sessions.</summary>
public sealed class CatalogActivity
{
    public required Guid ActivityId { get; init; }
    public required string RegionCode { get; set; }
    public string? CampaignCode { get; set; }
    public bool Cancelled { get; set; }
}

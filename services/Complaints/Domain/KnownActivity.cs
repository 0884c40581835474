namespace PromoMonth.Complaints.Domain;

/// <summary>An approved catalog activity as complaints knows it from the registry: a case about it routes to its region.</summary>
public sealed class KnownActivity
{
    public Guid ActivityId { get; init; }
    public required string Title { get; init; }
    public required string RegionCode { get; init; }
}

using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.EventRegistry.Domain;

/// <summary>A new catalog release is out.</summary>
public sealed record CatalogReleasePublishedDomainEvent(CatalogRelease Release) : IDomainEvent;

using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.EventRegistry.Domain;

/// <summary>The enterprise was registered for <paramref name="Campaign"/>.</summary>
public sealed record EnterpriseRegisteredDomainEvent(KeyEnterprise Enterprise, Campaign Campaign) : IDomainEvent;

/// <summary>The enterprise signed its commitment letter; the campaign is its own (null if it is gone).</summary>
public sealed record CommitmentSignedDomainEvent(KeyEnterprise Enterprise, Campaign? Campaign, DateOnly SignedOn) : IDomainEvent;

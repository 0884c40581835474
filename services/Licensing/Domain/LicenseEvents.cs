using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.Licensing.Domain;

/// <summary>A licence was granted (the other services count it and learn whom it covers).</summary>
public sealed record LicenseGrantedDomainEvent(License License, DateTimeOffset At) : IDomainEvent;

/// <summary>A licence was suspended pending review.</summary>
public sealed record LicenseSuspendedDomainEvent(License License, string Reason, DateTimeOffset At) : IDomainEvent;

/// <summary>A licence was revoked for good.</summary>
public sealed record LicenseRevokedDomainEvent(License License, string Reason, DateTimeOffset At) : IDomainEvent;

/// <summary>A suspended licence was reinstated after review.</summary>
public sealed record LicenseReinstatedDomainEvent(License License, string Reason, DateTimeOffset At) : IDomainEvent;

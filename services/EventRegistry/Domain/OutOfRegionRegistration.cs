namespace PromoMonth.EventRegistry.Domain;

/// <summary>
/// The audit of a registration outside the region of the code's issuing authority (an enterprise that moved, say): only
/// the ministry may make one; who did, the region the authority lies in (null when no unit's) and the reason given.
/// </summary>
public sealed record OutOfRegionRegistration(string RegisteredBy, string? AuthorityRegion, string? Reason);

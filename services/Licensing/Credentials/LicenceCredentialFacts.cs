using PromoMonth.Licensing.Domain;

namespace PromoMonth.Licensing.Credentials;

/// <summary>
/// What a licence credential states: the licence as stored, the enterprise's credit code (null for an activity) and the
/// reporting unit that granted it by delegation (null when the ministry granted it).
/// </summary>
public sealed record LicenceCredentialFacts(
    string Number, LicenseeKind LicenseeKind, Guid LicenseeId, string LicenseePublicName, string? CreditCode, string RegionCode,
    LicenseScope Scope, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil, string? GrantingUnit, long StatusPosition);

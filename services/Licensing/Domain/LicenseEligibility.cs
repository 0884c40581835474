using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.Licensing.Domain;

/// <summary>
/// Whether a licence may be granted, and on what terms. The rules are checked in this order, so a caller learns
/// first whether the licensee exists and qualifies, then whether it may license there, then about the validity.
/// </summary>
public static class LicenseEligibility
{
    /// <param name="kind">The kind of licensee asked for.</param>
    /// <param name="licensee">The licensee found under that kind and id, or null when none is known.</param>
    /// <param name="grantorRegion">The region the grantor is bound to (a reporting unit), or null for the ministry.</param>
    /// <param name="requestedUntil">The validity end asked for, or null for the default.</param>
    /// <param name="policy">The ministry's limits on validity.</param>
    /// <param name="now">The instant of the grant.</param>
    public static LicenseDecision Decide(
        LicenseeKind kind, ILicensable? licensee, string? grantorRegion, DateTimeOffset? requestedUntil, LicenseGrantPolicy policy,
        DateTimeOffset now)
    {
        if (licensee is null)
        {
            return LicenseDecision.Refuse(LicenseRefusalKind.Precondition, kind == LicenseeKind.Activity
                ? "No approved catalog activity has this id."
                : "No registered key enterprise has this id.");
        }
        if (licensee.WhyNotLicensable() is { } reason)
        {
            return LicenseDecision.Refuse(LicenseRefusalKind.Precondition, reason);
        }
        // A reporting unit licenses by delegation, within its own region only.
        if (grantorRegion is not null && !string.Equals(grantorRegion, licensee.RegionCode, StringComparison.Ordinal))
        {
            throw new RegionForbiddenException(grantorRegion, licensee.RegionCode);
        }
        if (licensee.CampaignCode is not { } campaignCode || licensee.CampaignEndsOn is not { } campaignEndsOn)
        {
            return LicenseDecision.Refuse(LicenseRefusalKind.Precondition, "The licensee's campaign is not known to licensing yet.");
        }
        var (validUntil, validityError) = LicenseValidity.Resolve(
            now, campaignEndsOn, requestedUntil, policy.GraceDays, policy.MaxValidityDays);
        return validUntil is { } until && validityError is null
            ? LicenseDecision.Grant(new LicenseTerms(licensee, campaignCode, until, grantorRegion))
            : LicenseDecision.Refuse(LicenseRefusalKind.Validity, validityError ?? "The validity cannot be resolved.");
    }
}

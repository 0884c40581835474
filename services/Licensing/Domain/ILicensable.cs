namespace PromoMonth.Licensing.Domain;

/// <summary>
/// Whatever may hold a licence (an approved activity, a registered enterprise), as licensing's read models know it
/// from the registry's events: who it is, where, in which campaign, and whether it may be licensed now.
/// </summary>
public interface ILicensable
{
    LicenseeKind Kind { get; }

    Guid LicenseeId { get; }

    /// <summary>The name verification shows (an activity's title, an enterprise's name).</summary>
    string PublicName { get; }

    string RegionCode { get; }

    Guid CampaignId { get; }

    /// <summary>Null while licensing has not heard of the campaign (an event from before campaigns were carried).</summary>
    string? CampaignCode { get; }

    DateOnly? CampaignEndsOn { get; }

    /// <summary>Why it may not be licensed now, or null when it may.</summary>
    string? WhyNotLicensable();
}

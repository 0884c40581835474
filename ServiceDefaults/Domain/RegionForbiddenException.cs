namespace PromoMonth.ServiceDefaults.Domain;

/// <summary>A client bound to one reporting unit asked to act for another region (403).</summary>
public sealed class RegionForbiddenException(string boundRegion, string regionCode)
    : DomainException(
        "A reporting unit acts for its own region only.",
        $"This client acts for region {boundRegion}; the record belongs to region {regionCode}.")
{
    public string RegionCode { get; } = regionCode;
}

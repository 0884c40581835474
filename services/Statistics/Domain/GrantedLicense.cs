namespace PromoMonth.Statistics.Domain;

/// <summary>A licence granted for the mark, learnt from licensing's events.</summary>
public sealed class GrantedLicense
{
    public required Guid LicenseId { get; init; }
    public required string RegionCode { get; init; }
    public required DateTimeOffset GrantedAt { get; init; }
}

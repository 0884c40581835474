namespace PromoMonth.Contracts;

/// <summary>A licence to use the campaign's mark was suspended.</summary>
public sealed record LicenseSuspended
{
    public required Guid LicenseId { get; init; }
    public required string LicenseNumber { get; init; }
    public required string LicenseeKind { get; init; }
    public required Guid LicenseeId { get; init; }
    public required string RegionCode { get; init; }
    public string? Reason { get; init; }
    public required DateTimeOffset At { get; init; }
}

namespace PromoMonth.Complaints.Domain;

/// <summary>
/// A registered key enterprise as the complaints service knows it from the registry's events: a case against it
/// is routed to the reporting unit of its region.
/// </summary>
public sealed class KnownRespondent
{
    public Guid EnterpriseId { get; init; }
    public required string CreditCode { get; init; }
    public required string Name { get; set; }
    public required string RegionCode { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }
}

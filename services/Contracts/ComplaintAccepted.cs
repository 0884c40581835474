namespace PromoMonth.Contracts;

/// <summary>The responsible unit accepted a case.</summary>
public sealed record ComplaintAccepted
{
    public required Guid CaseId { get; init; }
    public string? ResponsibleRegion { get; init; }
    public required DateTimeOffset AcceptedAt { get; init; }
}

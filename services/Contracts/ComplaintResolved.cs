namespace PromoMonth.Contracts;

/// <summary>A case was resolved.</summary>
public sealed record ComplaintResolved
{
    public required Guid CaseId { get; init; }
    public string? ResponsibleRegion { get; init; }
    public required DateTimeOffset ResolvedAt { get; init; }
}

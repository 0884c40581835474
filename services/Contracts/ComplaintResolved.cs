namespace PromoMonth.Contracts;

/// <summary>A case was resolved.</summary>
public sealed record ComplaintResolved
{
    public required Guid CaseId { get; init; }
    public string? ResponsibleRegion { get; init; }
    /// <summary>The hotline that posted the case (a partner's client id, no personal data), so it can hear of its own cases.</summary>
    public string? HotlineClientId { get; init; }
    public required DateTimeOffset ResolvedAt { get; init; }
}

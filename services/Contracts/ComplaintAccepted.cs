namespace PromoMonth.Contracts;

/// <summary>The responsible unit accepted a case.</summary>
public sealed record ComplaintAccepted
{
    public required Guid CaseId { get; init; }
    public string? ResponsibleRegion { get; init; }
    /// <summary>The hotline that posted the case (a partner's client id, no personal data), so it can hear of its own cases.</summary>
    public string? HotlineClientId { get; init; }
    public required DateTimeOffset AcceptedAt { get; init; }
}

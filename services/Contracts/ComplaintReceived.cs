namespace PromoMonth.Contracts;

/// <summary>A hotline posted a case and it was routed. No personal data travels with it.</summary>
public sealed record ComplaintReceived
{
    public required Guid CaseId { get; init; }
    public required string Kind { get; init; }
    public required string Category { get; init; }
    public string? ResponsibleRegion { get; init; }
    /// <summary>The hotline that posted the case (a partner's client id, no personal data), so it can hear of its own cases.</summary>
    public string? HotlineClientId { get; init; }
    public string? RespondentCreditCode { get; init; }
    public Guid? ActivityId { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public required DateTimeOffset AcceptanceDueAt { get; init; }
}

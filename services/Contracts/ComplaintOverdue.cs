namespace PromoMonth.Contracts;

/// <summary>A case passed its acceptance deadline without a decision. Published once per case.</summary>
public sealed record ComplaintOverdue
{
    public required Guid CaseId { get; init; }
    public string? ResponsibleRegion { get; init; }
    /// <summary>The hotline that posted the case (a partner's client id, no personal data), so it can hear of its own cases.</summary>
    public string? HotlineClientId { get; init; }
    public required DateTimeOffset DueAt { get; init; }
    public required DateTimeOffset NoticedAt { get; init; }
}

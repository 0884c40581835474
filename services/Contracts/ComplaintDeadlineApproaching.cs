namespace PromoMonth.Contracts;

/// <summary>
/// A running statutory deadline of a case (acceptance, mediation or verification) falls due within the warning's
/// lead. Published once per case and deadline, again only after a suspension moved the deadline.
/// </summary>
public sealed record ComplaintDeadlineApproaching
{
    public required Guid CaseId { get; init; }
    public string? ResponsibleRegion { get; init; }
    /// <summary><c>acceptance</c>, <c>mediation</c> or <c>verification</c>.</summary>
    public required string Deadline { get; init; }
    public required DateTimeOffset DueAt { get; init; }
    public required DateTimeOffset NoticedAt { get; init; }
}

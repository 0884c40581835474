namespace PromoMonth.Contracts;

/// <summary>An epidemic or safety incident was reported at an activity; the ministry must see it at once.</summary>
public sealed record SafetyIncidentReported
{
    public required Guid IncidentId { get; init; }
    public required Guid ActivityId { get; init; }
    public required string Kind { get; init; }
    public required string Summary { get; init; }
    public required DateTimeOffset ReportedAt { get; init; }
}

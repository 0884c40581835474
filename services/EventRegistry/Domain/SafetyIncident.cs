namespace PromoMonth.EventRegistry.Domain;

/// <summary>A safety or epidemic incident reported at an activity (from the complaints service's event).</summary>
public sealed record SafetyIncident(Guid IncidentId, string Kind, string Summary, DateTimeOffset ReportedAt);

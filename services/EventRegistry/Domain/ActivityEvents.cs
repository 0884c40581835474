using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.EventRegistry.Domain;

/// <summary>The ministry approved the activity under <paramref name="Campaign"/>, its own.</summary>
public sealed record ActivityApprovedDomainEvent(Activity Activity, Campaign Campaign, DateTimeOffset ApprovedAt) : IDomainEvent;

/// <summary>The activity was called off, with the reason given.</summary>
public sealed record ActivityCancelledDomainEvent(Activity Activity, string Reason, DateTimeOffset CancelledAt) : IDomainEvent;

/// <summary>The activity moved from its previous dates to new ones, with the reason given.</summary>
public sealed record ActivityPostponedDomainEvent(
    Activity Activity,
    DateTimeOffset PreviousStartsAt,
    DateTimeOffset PreviousEndsAt,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Reason) : IDomainEvent;

/// <summary>A safety incident was flagged on the activity; stays inside the registry, where its followers are told of it.</summary>
public sealed record ActivitySafetyFlaggedDomainEvent(Activity Activity, string IncidentKind, DateTimeOffset FlaggedAt) : IDomainEvent;

/// <summary>A region's launch link-up reported its readiness check.</summary>
public sealed record LinkupReadinessReportedDomainEvent(LaunchLinkup Linkup) : IDomainEvent;

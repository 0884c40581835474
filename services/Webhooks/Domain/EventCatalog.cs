namespace PromoMonth.Webhooks.Domain;

/// <summary>Every event type a subscription may name, as <c>GET /api/webhooks/event-types</c> documents them.</summary>
public static class EventCatalog
{
    public const string ActivityApproved = "activity.approved";
    public const string ActivityPostponed = "activity.postponed";
    public const string ActivityCancelled = "activity.cancelled";
    public const string ActivitySafetyIncidentFlagged = "activity.safety_incident_flagged";
    public const string CatalogReleasePublished = "catalog.release_published";
    public const string LinkupReadinessReported = "linkup.readiness_reported";
    public const string LicenseGranted = "license.granted";
    public const string LicenseSuspended = "license.suspended";
    public const string LicenseRevoked = "license.revoked";
    public const string LicenseReinstated = "license.reinstated";
    public const string CaseReceived = "case.received";
    public const string CaseAccepted = "case.accepted";
    public const string CaseResolved = "case.resolved";
    public const string CaseOverdue = "case.overdue";

    public static IReadOnlyList<WebhookEventType> All { get; } =
    [
        new(ActivityApproved, EventFamily.FollowedActivity, "A followed activity was approved by the ministry."),
        new(ActivityPostponed, EventFamily.FollowedActivity, "A followed activity moved to new dates."),
        new(ActivityCancelled, EventFamily.FollowedActivity, "A followed activity was called off."),
        new(ActivitySafetyIncidentFlagged, EventFamily.FollowedActivity,
            "A safety or epidemic incident was flagged at a followed activity."),
        new(CatalogReleasePublished, EventFamily.Catalog, "The ministry published a release of the national activity catalog."),
        new(LinkupReadinessReported, EventFamily.Linkup, "A region's launch link-up passed or failed its readiness check."),
        new(LicenseGranted, EventFamily.License, "A licence to use the mark was granted."),
        new(LicenseSuspended, EventFamily.License, "A licence was suspended."),
        new(LicenseRevoked, EventFamily.License, "A licence was revoked."),
        new(LicenseReinstated, EventFamily.License, "A suspended licence was reinstated."),
        new(CaseReceived, EventFamily.Case, "A hotline's case was received and routed."),
        new(CaseAccepted, EventFamily.Case, "The responsible unit accepted a case."),
        new(CaseResolved, EventFamily.Case, "A case was resolved."),
        new(CaseOverdue, EventFamily.Case, "A case passed its acceptance deadline without a decision."),
    ];

    private static readonly Dictionary<string, WebhookEventType> ByName = All.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public static WebhookEventType? Find(string name) => ByName.GetValueOrDefault(name);
}

using PromoMonth.ServiceDefaults.Security;

namespace PromoMonth.Webhooks.Domain;

/// <summary>The partner that owns a subscription: its client id, its kind and the region it is bound to (none if national).</summary>
public sealed record Subscriber(string ClientId, string Kind, string? Region)
{
    public bool IsMinistry => Kind == ClientKinds.Ministry;

    /// <summary>
    /// Whether this partner may hear events of <paramref name="family"/> at all: what it may subscribe to is what it may read.
    /// </summary>
    public bool MayHear(EventFamily family) => family switch
    {
        EventFamily.FollowedActivity or EventFamily.Catalog => true,
        EventFamily.Linkup => Kind is ClientKinds.Ministry or ClientKinds.ReportingUnit or ClientKinds.Broadcaster,
        EventFamily.License => Kind is ClientKinds.Ministry or ClientKinds.ReportingUnit,
        EventFamily.Case => Kind is ClientKinds.Ministry or ClientKinds.ReportingUnit or ClientKinds.Hotline,
        _ => false,
    };

    /// <summary>Whether this partner may read <paramref name="webhookEvent"/>, by the rule of its family.</summary>
    public bool MayRead(WebhookEvent webhookEvent) => MayHear(webhookEvent.Type.Family) && webhookEvent.Type.Family switch
    {
        EventFamily.FollowedActivity => webhookEvent.Followers.Contains(ClientId, StringComparer.Ordinal),
        EventFamily.Catalog => true,
        EventFamily.Linkup or EventFamily.License => Region is null || Region == webhookEvent.Region,
        EventFamily.Case => Kind == ClientKinds.Hotline
            ? webhookEvent.HotlineClientId == ClientId
            : Region is null || Region == webhookEvent.Region,
        _ => false,
    };
}

using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.OpenApi;
using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.Webhooks.Domain;

namespace PromoMonth.Webhooks.Apis;

/// <summary>The body of POST /api/webhooks/subscriptions.</summary>
public sealed record SubscriptionRequest(string? Url, string[]? EventTypes, string? Region, string? Description)
    : IDocumentedExample<SubscriptionRequest>
{
    public const int MaxEventTypes = 20;
    public const int MaxDescription = 200;

    /// <summary>The example the OpenAPI document shows.</summary>
    public static SubscriptionRequest Example => new(
        "https://news.cctv.example.cn/promomonth/webhooks", [EventCatalog.ActivityPostponed, EventCatalog.ActivityCancelled], null,
        "总台新闻中心：跟踪报道重点活动");

    /// <summary>
    /// The fields' own rules (the URL's reachability is checked apart): known event types the caller may hear, a known
    /// region. Without a region a unit still hears only its own region's licences and cases (the owner's rights decide),
    /// and the activities it follows wherever they are.
    /// </summary>
    public (IReadOnlyList<string> EventTypes, string? Region, string? Description) Validate(Subscriber caller, RequestErrors errors)
    {
        errors.Required(Url, "url");
        var types = (EventTypes ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (types.Count == 0 || types.Count > MaxEventTypes)
        {
            errors.Add("eventTypes", $"Name 1 to {MaxEventTypes} event types from GET /api/webhooks/event-types.");
        }
        foreach (var name in types)
        {
            if (EventCatalog.Find(name ?? string.Empty) is not { } type)
            {
                errors.Add("eventTypes", $"{name} is not an event type; GET /api/webhooks/event-types lists them.");
            }
            else if (!caller.MayHear(type.Family))
            {
                errors.Add("eventTypes", $"{name} is not open to a {caller.Kind} client: a partner subscribes to what it may read.");
            }
        }
        if (Region is not null && !ReportingUnits.IsKnown(Region))
        {
            errors.Add("region", "region is the 6-digit code of one of the 37 reporting units.");
        }
        if (Description is { Length: > MaxDescription })
        {
            errors.Add("description", $"description has at most {MaxDescription} characters.");
        }
        return (types, Region, string.IsNullOrWhiteSpace(Description) ? null : Description.Trim());
    }
}

namespace PromoMonth.Webhooks.Apis;

/// <summary>What the webhooks service's OpenAPI document tells a partner.</summary>
internal static class WebhooksApiContract
{
    public const string Title = "PromoMonth webhooks";

    public const string Description =
        "Partners register HTTPS endpoints and receive the campaign's events as they happen, signed as the Standard Webhooks "
        + "specification has it (webhook-id, webhook-timestamp, webhook-signature: HMAC-SHA256 over id.timestamp.body with the "
        + "subscription's whsec_ secret). Delivery is at least once, with the same webhook-id on every retry; failed attempts are "
        + "retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, then marked failed and may be re-driven. A partner "
        + "subscribes to what it may read: followed activities and catalog releases for anyone, a unit's own region's link-up, "
        + "licences and cases, a hotline's own cases.";

    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Event types"] = "The documented catalog of events, and who may hear each.",
        ["Subscriptions"] = "A partner's own endpoints: register, read, rotate the secret, pause, resume and delete.",
        ["Deliveries"] = "What was sent to an endpoint, how it went, and re-driving a failed delivery.",
    };
}

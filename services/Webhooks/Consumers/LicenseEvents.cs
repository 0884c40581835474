using PromoMonth.Webhooks.Domain;

namespace PromoMonth.Webhooks.Consumers;

/// <summary>The one body of every licence event: the four contracts carry the same fields.</summary>
internal static class LicenseEvents
{
    public static WebhookEvent Describe(
        WebhookEventType type, Guid licenseId, string licenseNumber, string licenseeKind, Guid licenseeId, string regionCode,
        string? reason, DateTimeOffset at) => new(
        type,
        at,
        EventData.Of(new { licenseId, licenseNumber, licenseeKind, licenseeId, regionCode, reason, at }),
        Region: regionCode);
}

using PromoMonth.Webhooks.Domain;

namespace PromoMonth.Webhooks.Apis;

/// <summary>A subscription as its owner reads it; the secret is shown once, when it is made or rotated, and never again.</summary>
public sealed record SubscriptionResponse(
    Guid Id,
    string Url,
    IReadOnlyList<string> EventTypes,
    string? Region,
    string? Description,
    SubscriptionStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Secret = null,
    DateTimeOffset? PreviousSecretValidUntil = null)
{
    public static SubscriptionResponse From(Subscription subscription, bool withSecret = false) => new(
        subscription.Id, subscription.Url, subscription.EventTypes, subscription.RegionFilter, subscription.Description,
        subscription.Status, subscription.CreatedAt, subscription.UpdatedAt,
        withSecret ? subscription.Secret : null,
        subscription.PreviousSecret is null ? null : subscription.PreviousSecretExpiresAt);
}

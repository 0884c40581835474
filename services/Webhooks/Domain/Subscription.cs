namespace PromoMonth.Webhooks.Domain;

/// <summary>
/// A partner's webhook endpoint: where to send, which events, an optional region filter, and the secret that signs what
/// is sent. After a rotation the previous secret also signs for a grace period, so a receiver can switch without a gap.
/// </summary>
public sealed class Subscription
{
    private Subscription()
    {
    }

    public Guid Id { get; private init; }
    public string OwnerClientId { get; private init; } = string.Empty;
    public string OwnerKind { get; private init; } = string.Empty;
    public string? OwnerRegion { get; private init; }
    public string Url { get; private init; } = string.Empty;
    public List<string> EventTypes { get; private init; } = [];
    public string? RegionFilter { get; private init; }
    public string? Description { get; private init; }
    public SubscriptionStatus Status { get; private set; }
    public string Secret { get; private set; } = string.Empty;
    public string? PreviousSecret { get; private set; }
    public DateTimeOffset? PreviousSecretExpiresAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public Subscriber Owner => new(OwnerClientId, OwnerKind, OwnerRegion);

    public static Subscription Register(
        Subscriber owner, Uri url, IReadOnlyCollection<string> eventTypes, string? regionFilter, string? description, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            OwnerClientId = owner.ClientId,
            OwnerKind = owner.Kind,
            OwnerRegion = owner.Region,
            Url = url.AbsoluteUri,
            EventTypes = [.. eventTypes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            RegionFilter = regionFilter,
            Description = description,
            Status = SubscriptionStatus.Active,
            Secret = SigningSecret.New(),
            CreatedAt = now,
            UpdatedAt = now,
        };

    /// <summary>Whether <paramref name="webhookEvent"/> goes here: its type, the region filter and the owner's right to read it.</summary>
    public bool Wants(WebhookEvent webhookEvent) =>
        EventTypes.Contains(webhookEvent.Type.Name, StringComparer.Ordinal)
        && (RegionFilter is null || webhookEvent.Region is null || RegionFilter == webhookEvent.Region)
        && Owner.MayRead(webhookEvent);

    public void Pause(DateTimeOffset now)
    {
        Status = SubscriptionStatus.Paused;
        UpdatedAt = now;
    }

    public void Resume(DateTimeOffset now)
    {
        Status = SubscriptionStatus.Active;
        UpdatedAt = now;
    }

    /// <summary>A new secret signs from now on; the one it replaces also signs until <paramref name="grace"/> has passed.</summary>
    public void RotateSecret(TimeSpan grace, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(grace, TimeSpan.Zero);
        PreviousSecret = Secret;
        PreviousSecretExpiresAt = now + grace;
        Secret = SigningSecret.New();
        UpdatedAt = now;
    }

    /// <summary>The secrets that sign a delivery sent at <paramref name="now"/>: the current one, and the previous in its grace.</summary>
    public IReadOnlyList<string> SigningSecrets(DateTimeOffset now) =>
        PreviousSecret is { } previous && PreviousSecretExpiresAt > now ? [Secret, previous] : [Secret];
}

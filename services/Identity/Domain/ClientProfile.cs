namespace PromoMonth.Identity.Domain;

/// <summary>
/// What PromoMonth knows of an OAuth2 client beyond OpenIddict's own record: the kind of partner, the region it is
/// bound to, whether it is disabled, and an optional shorter token lifetime.
/// </summary>
public sealed class ClientProfile
{
    public required string ClientId { get; init; }
    public required string Kind { get; init; }
    public string? RegionCode { get; init; }
    public required string DisplayName { get; set; }
    public bool Disabled { get; private set; }
    public int? AccessTokenLifetimeSeconds { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? DisabledAt { get; private set; }
    public DateTimeOffset? SecretRotatedAt { get; private set; }

    /// <summary>The profile of a client the ministry registers: enabled, as described.</summary>
    public static ClientProfile Register(ClientRegistration registration, DateTimeOffset now) => new()
    {
        ClientId = registration.ClientId,
        Kind = registration.Kind,
        RegionCode = registration.RegionCode,
        DisplayName = registration.DisplayName,
        AccessTokenLifetimeSeconds = registration.AccessTokenLifetimeSeconds,
        CreatedAt = now,
    };

    public void Disable(DateTimeOffset now)
    {
        if (!Disabled)
        {
            Disabled = true;
            DisabledAt = now;
        }
    }

    public void Enable()
    {
        Disabled = false;
        DisabledAt = null;
    }

    public void SecretRotated(DateTimeOffset now) => SecretRotatedAt = now;
}

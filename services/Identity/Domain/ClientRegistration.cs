namespace PromoMonth.Identity.Domain;

/// <summary>A new client as the ministry describes it, every field present and every rule met.</summary>
public sealed record ClientRegistration(
    string ClientId, string DisplayName, string Kind, string? RegionCode, IReadOnlyList<string> Scopes, int? AccessTokenLifetimeSeconds)
{
    /// <summary>A partner's token lives minutes at most, whatever it asks for.</summary>
    public const int MaxTokenLifetimeSeconds = 600;
}

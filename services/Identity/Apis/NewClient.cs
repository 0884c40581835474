namespace PromoMonth.Identity.Apis;

/// <summary>The body of POST /api/identity/clients.</summary>
public sealed record NewClient(
    string? ClientId, string? DisplayName, string? Kind, string? RegionCode, string[]? Scopes, int? AccessTokenLifetimeSeconds);

using PromoMonth.Identity.Domain;

namespace PromoMonth.Identity.Apis;

/// <summary>A client as the ministry manages it: never its secret.</summary>
public sealed record ClientResponse(
    string ClientId, string DisplayName, string Kind, string? RegionCode, IReadOnlyList<string> Scopes, bool Disabled,
    int? AccessTokenLifetimeSeconds, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt, DateTimeOffset? SecretRotatedAt)
{
    public static ClientResponse From(ClientProfile p, IReadOnlyList<string> scopes) =>
        new(p.ClientId, p.DisplayName, p.Kind, p.RegionCode, scopes, p.Disabled, p.AccessTokenLifetimeSeconds, p.CreatedAt,
            p.DisabledAt, p.SecretRotatedAt);
}

using PromoMonth.Identity.Domain;

namespace PromoMonth.Identity.Apis;

/// <summary>The body of POST /api/identity/clients.</summary>
public sealed record NewClient(string? ClientId, string? DisplayName, string? Kind, string? RegionCode, string[]? Scopes, int? AccessTokenLifetimeSeconds);

public sealed record ClientResponse(
    string ClientId, string DisplayName, string Kind, string? RegionCode, IReadOnlyList<string> Scopes, bool Disabled,
    int? AccessTokenLifetimeSeconds, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt, DateTimeOffset? SecretRotatedAt)
{
    public static ClientResponse From(ClientProfile p, IReadOnlyList<string> scopes) =>
        new(p.ClientId, p.DisplayName, p.Kind, p.RegionCode, scopes, p.Disabled, p.AccessTokenLifetimeSeconds, p.CreatedAt, p.DisabledAt, p.SecretRotatedAt);
}

/// <summary>The only answer that ever carries a client secret: keep it, it is stored hashed.</summary>
public sealed record ClientWithSecret(ClientResponse Client, string ClientSecret);

public sealed record ClientPage(IReadOnlyList<ClientResponse> Items, int Page, int PageSize, int Total);

namespace PromoMonth.Identity.Apis;

/// <summary>What the token server's OpenAPI document tells the ministry about its clients.</summary>
internal static class IdentityApiContract
{
    public const string Title = "PromoMonth clients and tokens";

    public const string Description =
        "The ministry registers partner systems as OAuth2 clients (client credentials); each client is bound to its kind, "
        + "its scopes and, for a reporting unit, its region. Tokens are issued at the gateway's /connect/token.";

    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Clients"] = "Partner systems registered as clients: created, listed, disabled and enabled, and their secrets rotated.",
    };
}

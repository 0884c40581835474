using System.Security.Claims;
using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.ServiceDefaults.Security;

/// <summary>The questions every endpoint asks of its caller, answered the same way in every service.</summary>
public static class ClaimsPrincipalExtensions
{
    public static string? ClientId(this ClaimsPrincipal principal) => principal.FindFirst(PromoMonthClaims.Subject)?.Value;

    /// <summary>
    /// Who is acting, as records store it: the client id, or "unknown" for a token without a subject (the token
    /// server always sets one; the fallback keeps a history row from failing over an audit field).
    /// </summary>
    public static string Actor(this ClaimsPrincipal principal) => principal.ClientId() ?? "unknown";

    public static string? ClientKind(this ClaimsPrincipal principal) => principal.FindFirst(PromoMonthClaims.ClientKind)?.Value;

    /// <summary>The region the client is bound to, or null for a national client (the ministry, the broadcaster, 12315).</summary>
    public static string? BoundRegion(this ClaimsPrincipal principal) => principal.FindFirst(PromoMonthClaims.Region)?.Value;

    public static bool IsMinistry(this ClaimsPrincipal principal) => principal.ClientKind() == ClientKinds.Ministry;

    /// <summary>Scopes arrive as one space-separated claim (RFC 9068) or as several claims; both are read.</summary>
    public static bool HasScope(this ClaimsPrincipal principal, string scope) =>
        principal.FindAll(PromoMonthClaims.Scope)
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(scope, StringComparer.Ordinal);

    /// <summary>
    /// Whether the caller may read or change records of <paramref name="regionCode"/>: its own region, or any if unbound.
    /// </summary>
    public static bool MayActFor(this ClaimsPrincipal principal, string regionCode)
    {
        var bound = principal.BoundRegion();
        return bound is null || string.Equals(bound, regionCode, StringComparison.Ordinal);
    }

    /// <summary>Refuses (403, through <see cref="DomainFailureHandler"/>) a caller bound to another region.</summary>
    public static void EnsureMayActFor(this ClaimsPrincipal principal, string regionCode)
    {
        if (principal.BoundRegion() is { } bound && !string.Equals(bound, regionCode, StringComparison.Ordinal))
        {
            throw new RegionForbiddenException(bound, regionCode);
        }
    }
}

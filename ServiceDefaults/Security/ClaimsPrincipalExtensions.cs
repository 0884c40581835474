using System.Security.Claims;

namespace PromoMonth.ServiceDefaults.Security;

/// <summary>The questions every endpoint asks of its caller, answered the same way in every service.</summary>
public static class ClaimsPrincipalExtensions
{
    public static string? ClientId(this ClaimsPrincipal principal) => principal.FindFirst(PromoMonthClaims.Subject)?.Value;

    public static string? ClientKind(this ClaimsPrincipal principal) => principal.FindFirst(PromoMonthClaims.ClientKind)?.Value;

    /// <summary>The region the client is bound to, or null for a national client (the ministry, the broadcaster, 12315).</summary>
    public static string? BoundRegion(this ClaimsPrincipal principal) => principal.FindFirst(PromoMonthClaims.Region)?.Value;

    public static bool IsMinistry(this ClaimsPrincipal principal) => principal.ClientKind() == ClientKinds.Ministry;

    /// <summary>Scopes arrive as one space-separated claim (RFC 9068) or as several claims; both are read.</summary>
    public static bool HasScope(this ClaimsPrincipal principal, string scope) =>
        principal.FindAll(PromoMonthClaims.Scope)
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(scope, StringComparer.Ordinal);

    /// <summary>Whether the caller may read or change records of <paramref name="regionCode"/>: its own region, or any if unbound.</summary>
    public static bool MayActFor(this ClaimsPrincipal principal, string regionCode)
    {
        var bound = principal.BoundRegion();
        return bound is null || string.Equals(bound, regionCode, StringComparison.Ordinal);
    }
}

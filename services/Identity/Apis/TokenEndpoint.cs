using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using PromoMonth.Identity.Infrastructure;
using PromoMonth.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PromoMonth.Identity.Apis;

public static class TokenEndpoint
{
    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        // OpenIddict has already authenticated the client and checked its grant and scope permissions here.
        app.MapPost("/connect/token", Exchange).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    internal static async Task<IResult> Exchange(HttpContext http, IOpenIddictApplicationManager applications, IdentityDbContext db)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenIddict request is missing.");
        if (!request.IsClientCredentialsGrantType())
        {
            return Refuse(Errors.UnsupportedGrantType, "Only the client_credentials grant is supported.");
        }

        // Checked on every request, so disabling a client stops new tokens at once.
        var profile = await db.ClientProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.ClientId == request.ClientId, http.RequestAborted);
        if (profile is null || profile.Disabled)
        {
            return Refuse(Errors.InvalidClient, "The client is disabled.");
        }

        var application = await applications.FindByClientIdAsync(profile.ClientId, http.RequestAborted)
            ?? throw new InvalidOperationException("An authenticated client has no application record.");
        var permitted = (await applications.GetPermissionsAsync(application, http.RequestAborted))
            .Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..]);
        // No scope asked for means every scope the client holds, as partners would expect.
        var granted = request.GetScopes() is { IsEmpty: false } asked ? asked : [.. permitted];
        // OpenIddict lets the OpenID Connect scopes (openid, offline_access) through its own checks; only the
        // scopes that open a service can be granted here, so anything else is the client's error, not a missing audience.
        var offered = PromoMonth.ServiceDefaults.Security.Scopes.All;
        if (granted.FirstOrDefault(scope => !offered.Contains(scope)) is { } unknown)
        {
            return Refuse(Errors.InvalidScope, $"The scope '{unknown}' is not offered; ask for any of: {string.Join(' ', offered)}.");
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Subject, Claims.Role);
        identity.SetClaim(Claims.Subject, profile.ClientId);
        identity.SetClaim(PromoMonthClaims.ClientKind, profile.Kind);
        if (profile.RegionCode is not null)
        {
            identity.SetClaim(PromoMonthClaims.Region, profile.RegionCode);
        }
        identity.SetScopes(granted);
        identity.SetResources(Resources(granted, profile.Kind));
        identity.SetDestinations(_ => [Destinations.AccessToken]);

        var principal = new ClaimsPrincipal(identity);
        if (profile.AccessTokenLifetimeSeconds is int seconds)
        {
            principal.SetAccessTokenLifetime(TimeSpan.FromSeconds(seconds));
        }
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>Each granted scope opens one service (the token's audiences); the ministry also manages clients here.</summary>
    private static IEnumerable<string> Resources(ImmutableArray<string> scopes, string kind)
    {
        var audiences = scopes.Select(s => PromoMonth.ServiceDefaults.Security.Scopes.Audience[s]);
        return (kind == ClientKinds.Ministry ? audiences.Append(Audiences.Identity) : audiences).Distinct();
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}

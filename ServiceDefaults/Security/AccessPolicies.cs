using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace PromoMonth.ServiceDefaults.Security;

/// <summary>
/// Named policies for endpoints: <c>Read(scope)</c> lets any holder of the scope read; <c>Write(scope)</c> also
/// refuses read-only partners (the broadcaster). <c>MinistryOnly</c> is for the ministry's own operations.
/// </summary>
public static class AccessPolicies
{
    public const string MinistryOnly = "ministry";

    public static string Read(string scope) => $"read:{scope}";

    public static string Write(string scope) => $"write:{scope}";

    public static AuthorizationBuilder AddAccessPolicies(this AuthorizationBuilder authorization)
    {
        foreach (var scope in Scopes.All)
        {
            authorization.AddPolicy(Read(scope), policy => policy.RequireAuthenticatedUser().RequireAssertion(c => c.User.HasScope(scope)));
            authorization.AddPolicy(Write(scope), policy => policy.RequireAuthenticatedUser().RequireAssertion(c =>
                c.User.HasScope(scope) && c.User.ClientKind() != ClientKinds.Broadcaster));
        }
        authorization.AddPolicy(MinistryOnly, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => c.User.IsMinistry()));
        // Anything not marked otherwise needs a valid token: a forgotten RequireAuthorization fails closed.
        authorization.SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return authorization;
    }

    public static TBuilder RequireRead<TBuilder>(this TBuilder endpoints, string scope) where TBuilder : IEndpointConventionBuilder =>
        endpoints.RequireAuthorization(Read(scope));

    public static TBuilder RequireWrite<TBuilder>(this TBuilder endpoints, string scope) where TBuilder : IEndpointConventionBuilder =>
        endpoints.RequireAuthorization(Write(scope));
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using PromoMonth.ServiceDefaults.Security;

namespace PromoMonth.ServiceDefaults.OpenApi;

/// <summary>
/// The contract says how to call: one OAuth2 client-credentials scheme (the gateway's token endpoint, every scope
/// described), and each operation's requirement read from its own authorization metadata, so the document cannot
/// disagree with the code: a scope policy names its scope, the ministry's operations and the token-only ones need a
/// token with any scope, and anonymous operations say so with an empty requirement.
/// </summary>
internal static class SecuritySchemeTransformers
{
    public const string SchemeName = "oauth2";

    private static readonly Dictionary<string, string> ScopeDescriptions = new(StringComparer.Ordinal)
    {
        [Scopes.Registry] = "Register and read key activities and key enterprises (units; the broadcaster reads only)",
        [Scopes.CatalogPublish] = "Review activities and publish catalog releases (the ministry)",
        [Scopes.Licensing] = "Grant, read and act on licences to use the mark",
        [Scopes.Statistics] = "Submit reports and read roll-ups, completeness and exports",
        [Scopes.StatisticsAdmin] = "Open reporting periods and manage forms (the ministry)",
        [Scopes.ComplaintsIntake] = "Post consumer complaints and read their status (hotlines)",
        [Scopes.ComplaintsHandle] = "Handle, count and export the cases of one's region (units and the ministry)",
        [Scopes.Webhooks] = "Register webhook endpoints and read their deliveries (every partner, for what it may read)",
    };

    public static Task AddSchemeAsync(
        OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "Client credentials from the ministry; the token endpoint is the gateway's.",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow
                {
                    TokenUrl = new Uri(DocumentInfoTransformer.GatewayAddress(
                        context.ApplicationServices.GetRequiredService<IConfiguration>()), "/connect/token"),
                    Scopes = new Dictionary<string, string>(ScopeDescriptions, StringComparer.Ordinal),
                },
            },
        };
        return Task.CompletedTask;
    }

    public static Task AddRequirementAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement()];
            Describe(operation, "Anonymous: anyone may call it, without a token.");
            return Task.CompletedTask;
        }
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
        var scopes = policies.Select(ScopeOf).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = scopes },
        ];
        Describe(operation, Access(policies, scopes));
        return Task.CompletedTask;
    }

    /// <summary>Who may call, in words, from the same policies as the requirement.</summary>
    private static string Access(List<string> policies, List<string> scopes)
    {
        var access = scopes.Count == 0
            ? "Any valid access token."
            : $"An access token with the {string.Join(" and ", scopes.Select(s => $"`{s}`"))} scope.";
        if (policies.Any(p => p.StartsWith("write:", StringComparison.Ordinal)))
        {
            access += " Read-only partners (the broadcaster) are refused.";
        }
        if (policies.Contains(AccessPolicies.MinistryOnly, StringComparer.Ordinal))
        {
            access += " The ministry's clients only.";
        }
        return access;
    }

    /// <summary>The operation's own description first (its summary when it has none), then who may call it.</summary>
    private static void Describe(OpenApiOperation operation, string access)
    {
        var purpose = string.IsNullOrWhiteSpace(operation.Description) ? operation.Summary : operation.Description;
        operation.Description = string.IsNullOrWhiteSpace(purpose) ? $"**Access:** {access}" : $"{purpose}\n\n**Access:** {access}";
    }

    /// <summary>The scope a policy requires: <c>read:x</c> and <c>write:x</c> name it; other policies need a token only.</summary>
    private static string? ScopeOf(string policy) => policy.Split(':') is [("read" or "write"), var scope] ? scope : null;
}

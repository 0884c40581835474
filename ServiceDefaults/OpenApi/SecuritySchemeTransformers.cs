using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
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
                    TokenUrl = new Uri("/connect/token", UriKind.Relative),
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
            return Task.CompletedTask;
        }
        var scopes = metadata.OfType<IAuthorizeData>()
            .Select(a => a.Policy)
            .OfType<string>()
            .Select(ScopeOf)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = scopes },
        ];
        return Task.CompletedTask;
    }

    /// <summary>The scope a policy requires: <c>read:x</c> and <c>write:x</c> name it; other policies need a token only.</summary>
    private static string? ScopeOf(string policy) => policy.Split(':') is [("read" or "write"), var scope] ? scope : null;
}

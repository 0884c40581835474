using Scalar.AspNetCore;

namespace PromoMonth.Gateway;

public static class ApiDocsExtensions
{
    /// <summary>/docs shows every service's OpenAPI document in one place; the documents come through the proxy.</summary>
    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapScalarApiReference("/docs", options =>
        {
            // Scalar's default fonts come from its CDN, which the page's policy refuses (and a ministry network may not
            // reach): the page uses the system's fonts and loads nothing from outside the gateway.
            options.WithTitle("PromoMonth API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                // "Try it" signs in with the documents' client-credentials scheme at the gateway's /connect/token.
                .AddPreferredSecuritySchemes(["oauth2"]);
            foreach (var service in ServiceRoutes.Documented)
            {
                options.AddDocument(service);
            }
        }).AllowAnonymous();
        return app;
    }
}

using Scalar.AspNetCore;

namespace PromoMonth.Gateway;

public static class ApiDocsExtensions
{
    /// <summary>/docs shows every service's OpenAPI document in one place; the documents come through the proxy.</summary>
    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapScalarApiReference("/docs", options =>
        {
            options.WithTitle("PromoMonth API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json");
            foreach (var service in ServiceRoutes.Documented)
            {
                options.AddDocument(service);
            }
        }).AllowAnonymous();
        return app;
    }
}

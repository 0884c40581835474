using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace PromoMonth.ServiceDefaults.Security;

/// <summary>
/// Headers every answer carries (no MIME sniffing, no framing, no referrer), and a content security policy on every
/// HTML page: the public verification page needs nothing but its own inline styles and images; the API reference
/// (<c>/docs</c>) runs its own scripts. A policy a service already set (passed on by the gateway) is kept.
/// </summary>
public sealed class SecurityHeadersStartupFilter : IStartupFilter
{
    public const string PagePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public const string DocsPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true && !headers.ContainsKey("Content-Security-Policy"))
                {
                    headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/docs") || context.Request.Path.StartsWithSegments("/scalar") ? DocsPolicy : PagePolicy;
                }
                return Task.CompletedTask;
            });
            return nextMiddleware(context);
        });
        next(app);
    };
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace PromoMonth.ServiceDefaults.Security;

/// <summary>
/// Headers every answer carries (no MIME sniffing, no framing, no referrer), and a content security policy on every
/// HTML page: the public verification page needs nothing but its own inline styles and images; the API reference
/// (<c>/docs</c>) runs its own scripts. Images (logo artwork, QR codes) get the strictest policy, so an SVG opened on its own
/// runs nothing and loads nothing. A policy a service already set (passed on by the gateway) is kept.
/// </summary>
public sealed class SecurityHeadersStartupFilter : IStartupFilter
{
    public const string PagePolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public const string DocsPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'";

    /// <summary>The campaign board: its own script, which reads the board again; its sign-in form posts to the board itself.</summary>
    public const string BoardPolicy =
        "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; "
        + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public const string AssetPolicy = "default-src 'none'; style-src 'unsafe-inline'";

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
                var type = context.Response.ContentType;
                if (headers.ContainsKey("Content-Security-Policy") || type is null)
                {
                    return Task.CompletedTask;
                }
                if (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
                {
                    var path = context.Request.Path;
                    headers.ContentSecurityPolicy =
                        path.StartsWithSegments("/docs") || path.StartsWithSegments("/scalar") ? DocsPolicy
                        : path.StartsWithSegments("/board") ? BoardPolicy
                        : PagePolicy;
                }
                else if (type.StartsWith("image/", StringComparison.OrdinalIgnoreCase))
                {
                    headers.ContentSecurityPolicy = AssetPolicy;
                }
                return Task.CompletedTask;
            });
            return nextMiddleware(context);
        });
        next(app);
    };
}

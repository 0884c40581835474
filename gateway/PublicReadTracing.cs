using OpenTelemetry.Instrumentation.AspNetCore;

namespace PromoMonth.Gateway;

/// <summary>
/// Anonymous reads of the cached public routes (catalog, licence verification, the QR page) are counted by the request
/// metrics on the dashboard but not traced. A burst of QR scans is thousands a second, nearly all answered from the
/// gateway's cache; a span for each, exported to the dashboard, cost more CPU than the answers themselves. Everything
/// with a token, every write and every other route is still traced end to end.
/// </summary>
public static class PublicReadTracing
{
    public static IServiceCollection UntracePublicReads(this IServiceCollection services) =>
        services.Configure<AspNetCoreTraceInstrumentationOptions>(options =>
        {
            var traced = options.Filter;
            options.Filter = context => !IsPublicRead(context) && (traced?.Invoke(context) ?? true);
        });

    internal static bool IsPublicRead(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && string.IsNullOrEmpty(context.Request.Headers.Authorization)
        && ServiceRoutes.All.Any(route => route.IsCachedRead && context.Request.Path.StartsWithSegments(route.Prefix));
}

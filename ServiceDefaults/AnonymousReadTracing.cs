using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Instrumentation.AspNetCore;

namespace PromoMonth.ServiceDefaults;

/// <summary>
/// Anonymous reads of the hammered public routes (the catalog, licence verification, the QR page) are counted by the
/// request metrics on the dashboard but not traced. A burst of QR scans is tens of thousands of requests a second; a
/// span for each, exported to the dashboard, cost more CPU than the answers themselves (measured: the dashboard took a
/// whole core ingesting them). Requests with a token, every write and every other route are still traced end to end.
/// </summary>
public static class AnonymousReadTracing
{
    public static IServiceCollection UntraceAnonymousReads(this IServiceCollection services, params string[] pathPrefixes) =>
        services.Configure<AspNetCoreTraceInstrumentationOptions>(options =>
        {
            var traced = options.Filter;
            options.Filter = context => !IsAnonymousRead(context, pathPrefixes) && (traced?.Invoke(context) ?? true);
        });

    internal static bool IsAnonymousRead(HttpContext context, string[] pathPrefixes) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && string.IsNullOrEmpty(context.Request.Headers.Authorization)
        && pathPrefixes.Any(prefix => context.Request.Path.StartsWithSegments(prefix));
}

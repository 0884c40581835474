using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Instrumentation.AspNetCore;

namespace PromoMonth.ServiceDefaults;

/// <summary>
/// Anonymous reads of the hammered public routes (the catalog, licence verification, the QR page) are counted by the
/// request metrics on the dashboard but not traced. A burst of QR scans is tens of thousands of requests a second; a
/// span for each, exported to the dashboard, cost more CPU than the answers themselves (measured: the dashboard took a
/// whole core ingesting them). These routes answer the same to everyone, so an Authorization header changes nothing
/// (a junk one must not turn tracing back on for a flood); every write and every other route is traced end to end.
/// </summary>
public static class AnonymousReadTracing
{
    public static IServiceCollection UntraceAnonymousReads(this IServiceCollection services, params string[] pathPrefixes) =>
        services.Configure<AspNetCoreTraceInstrumentationOptions>(options =>
        {
            var traced = options.Filter;
            options.Filter = context => !IsAnonymousRead(context, pathPrefixes) && (traced?.Invoke(context) ?? true);
        });

    /// <summary>Runs for every request: a plain loop, no closure to allocate.</summary>
    internal static bool IsAnonymousRead(HttpContext context, string[] pathPrefixes)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            return false;
        }
        foreach (var prefix in pathPrefixes)
        {
            if (request.Path.StartsWithSegments(prefix))
            {
                return true;
            }
        }
        return false;
    }
}

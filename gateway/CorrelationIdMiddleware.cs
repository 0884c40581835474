using System.Diagnostics;

namespace PromoMonth.Gateway;

public static class CorrelationIdMiddleware
{
    public const string HeaderName = "X-Correlation-Id";
    private const int MaxLength = 64;

    /// <summary>
    /// Keeps a caller's correlation id (or makes one from the trace id), forwards it to the service and returns it,
    /// so a partner can quote one value that finds the whole trace in the dashboard.
    /// </summary>
    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var supplied = context.Request.Headers[HeaderName].ToString();
            var correlationId = IsAcceptable(supplied)
                ? supplied
                : Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
            context.Request.Headers[HeaderName] = correlationId;
            Activity.Current?.SetTag("promomonth.correlation_id", correlationId);
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[HeaderName] = correlationId;
                return Task.CompletedTask;
            });
            await next(context);
        });

    private static bool IsAcceptable(string value) =>
        value.Length is > 0 and <= MaxLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}

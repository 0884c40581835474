namespace PromoMonth.Gateway;

public static class AccessMetricsMiddleware
{
    /// <summary>Counts refused requests by reason: no token, a token the gateway rejected, or a service's 403.</summary>
    public static IApplicationBuilder UseAccessMetrics(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            await next(context);
            var reason = context.Response.StatusCode switch
            {
                StatusCodes.Status401Unauthorized when string.IsNullOrEmpty(context.Request.Headers.Authorization) => "missing_token",
                StatusCodes.Status401Unauthorized => "invalid_token",
                StatusCodes.Status403Forbidden => "forbidden",
                _ => null,
            };
            if (reason is not null)
            {
                GatewayTelemetry.AuthFailures.Add(1, new KeyValuePair<string, object?>("reason", reason));
            }
        });
}

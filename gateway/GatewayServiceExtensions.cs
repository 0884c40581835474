using Microsoft.AspNetCore.Authentication.JwtBearer;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Caching;
using PromoMonth.ServiceDefaults.Security;

namespace PromoMonth.Gateway;

public static class GatewayServiceExtensions
{
    public static WebApplicationBuilder AddGatewayServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RequestBodyLimitOptions>().BindConfiguration("Gateway:RequestBodyLimit");
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Limits.MaxRequestBodySize =
                builder.Configuration.GetValue("Gateway:RequestBodyLimit:MaxBytes", RequestBodyLimitOptions.DefaultMaxBytes));

        // The gateway rejects missing or invalid tokens before a request reaches a service; services check again.
        builder.AddTokenValidation(Audiences.All);
        builder.Services.UntraceAnonymousReads([.. ServiceRoutes.All.Where(r => r.IsCachedRead).Select(r => r.Prefix)]);
        builder.AddCacheClient();
        builder.AddGatewayRateLimits();
        // Micro-caching of the public reads, in the gateway's memory: a burst of QR scans or catalog reads is answered
        // here. Two seconds keeps a new release or a revoked licence visible within seconds. These routes are anonymous,
        // so an Authorization header is ignored (AnonymousReadCachePolicy); keyed by path, query and Accept.
        builder.Services.AddOutputCache(cache => cache.AddPolicy(ServiceRoutes.PublicReadCache, policy => policy
            .AddPolicy<AnonymousReadCachePolicy>()
            .Expire(TimeSpan.FromSeconds(2))
            .SetVaryByQuery("*")
            .SetVaryByHeader("Accept"), excludeDefaultPolicy: true));

        // The campaign board: figures read from the services, and the ministry's token taken from the board's cookie.
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<Board.BoardSources>();
        builder.Services.AddHttpClient("board");
        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var next = options.Events.OnMessageReceived;
            options.Events.OnMessageReceived = context =>
            {
                if (context.Request.Path.StartsWithSegments("/board") && context.Request.Cookies[Board.BoardApi.Cookie] is { } token)
                {
                    context.Token = token;
                }
                return next(context);
            };
        });

        var intakePeer = builder.Configuration["Benchmark:IntakePeer"];
        builder.Services.AddReverseProxy()
            .LoadFromMemory(
                [.. ServiceRoutes.Routes(), .. IntakePeerRoute.Routes(intakePeer)],
                [.. ServiceRoutes.Clusters(), .. IntakePeerRoute.Clusters(intakePeer)])
            .AddServiceDiscoveryDestinationResolver();
        return builder;
    }
}

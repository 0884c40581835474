using PromoMonth.ServiceDefaults.Security;

namespace PromoMonth.Gateway;

public static class GatewayServiceExtensions
{
    public static WebApplicationBuilder AddGatewayServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RequestBodyLimitOptions>().BindConfiguration("Gateway:RequestBodyLimit");
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Limits.MaxRequestBodySize = builder.Configuration.GetValue("Gateway:RequestBodyLimit:MaxBytes", RequestBodyLimitOptions.DefaultMaxBytes));

        // The gateway rejects missing or invalid tokens before a request reaches a service; services check again.
        builder.AddTokenValidation(Audiences.All);
        builder.AddRedisClient("redis");
        builder.AddGatewayRateLimits();

        builder.Services.AddReverseProxy()
            .LoadFromMemory(ServiceRoutes.Routes(), ServiceRoutes.Clusters())
            .AddServiceDiscoveryDestinationResolver();
        return builder;
    }
}

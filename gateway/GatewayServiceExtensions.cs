namespace PromoMonth.Gateway;

public static class GatewayServiceExtensions
{
    public static WebApplicationBuilder AddGatewayServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RequestBodyLimitOptions>().BindConfiguration("Gateway:RequestBodyLimit");
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Limits.MaxRequestBodySize = builder.Configuration.GetValue("Gateway:RequestBodyLimit:MaxBytes", RequestBodyLimitOptions.DefaultMaxBytes));

        builder.Services.AddReverseProxy()
            .LoadFromMemory(ServiceRoutes.Routes(), ServiceRoutes.Clusters())
            .AddServiceDiscoveryDestinationResolver();
        return builder;
    }
}

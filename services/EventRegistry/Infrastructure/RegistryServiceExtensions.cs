using PromoMonth.ServiceDefaults.Data;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.ServiceDefaults.Security;

namespace PromoMonth.EventRegistry.Infrastructure;

public static class RegistryServiceExtensions
{
    public const string ServiceName = "registry";

    public static WebApplicationBuilder AddRegistryServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WebApplicationBuilder, RegistryDbContext>("registry-db");
        builder.AddMessaging<WebApplicationBuilder, RegistryDbContext>(ServiceName);
        builder.AddRedisClient("redis");
        builder.AddTokenValidation(Audiences.Registry);
        return builder;
    }
}

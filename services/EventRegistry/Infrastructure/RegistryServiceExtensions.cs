using MassTransit;
using PromoMonth.EventRegistry.Campaigns;
using PromoMonth.EventRegistry.Catalog;
using PromoMonth.EventRegistry.Consumers;
using PromoMonth.ServiceDefaults.Caching;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.ServiceDefaults.Domain;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.ServiceDefaults.Security;

namespace PromoMonth.EventRegistry.Infrastructure;

public static class RegistryServiceExtensions
{
    public const string ServiceName = "registry";

    public static WebApplicationBuilder AddRegistryServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WebApplicationBuilder, RegistryDbContext>("registry-db");
        builder.AddMessaging<WebApplicationBuilder, RegistryDbContext>(ServiceName,
            bus => bus.AddConsumersFromNamespaceContaining<SafetyIncidentReportedConsumer>());
        builder.AddCacheClient();
        builder.AddTokenValidation(Audiences.Registry);
        builder.Services.AddSingleton<IDomainEventContracts, RegistryEventContracts>();
        builder.Services.AddScoped<CampaignDirectory>();
        builder.AddFailSafeCache();
        builder.Services.AddSingleton<CatalogCache>();
        builder.Services.AddOptions<RegistryOptions>().BindConfiguration("Registry");
        return builder;
    }
}

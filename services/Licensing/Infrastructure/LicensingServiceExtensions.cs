using MassTransit;
using PromoMonth.Licensing.Consumers;
using PromoMonth.Licensing.Credentials;
using PromoMonth.Licensing.Verification;
using PromoMonth.ServiceDefaults.Caching;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.ServiceDefaults.Domain;
using PromoMonth.ServiceDefaults.Gauges;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Security.SigningKeys;

namespace PromoMonth.Licensing.Infrastructure;

public static class LicensingServiceExtensions
{
    public const string ServiceName = "licensing";

    public static WebApplicationBuilder AddLicensingServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WebApplicationBuilder, LicensingDbContext>("licensing-db");
        builder.Services.AddSingleton<LicenceTally>();
        builder.Services.AddBusinessGauges<LicenseGauges>();
        builder.AddMessaging<WebApplicationBuilder, LicensingDbContext>(ServiceName,
            bus => bus.AddConsumersFromNamespaceContaining<EnterpriseRegisteredConsumer>());
        builder.AddCacheClient();
        builder.AddTokenValidation(Audiences.Licensing);
        builder.AddFailSafeCache();
        builder.Services.AddOptions<LicensingOptions>().BindConfiguration("Licensing");
        builder.Services.AddSingleton<VerificationCache>();
        // A retired key stays published as long as a credential it signed can be valid: no licence runs longer.
        var longestLicence = TimeSpan.FromDays(
            builder.Configuration.GetValue("Licensing:MaxValidityDays", new LicensingOptions().MaxValidityDays));
        builder.AddSigningKeys<LicensingDbContext, CredentialKeyRing>("Licensing", SigningKeyAlgorithm.Es256, longestLicence);
        builder.Services.AddSingleton<CredentialSigner>();
        builder.Services.AddSingleton<LicenceCredentials>();
        builder.Services.AddScoped<LicenseActions>();
        builder.Services.AddSingleton<IDomainEventContracts, LicensingEventContracts>();
        return builder;
    }
}

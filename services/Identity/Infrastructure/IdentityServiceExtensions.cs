using Microsoft.Extensions.Options;
using OpenIddict.Server;
using PromoMonth.Identity.Apis;
using PromoMonth.Identity.Domain;
using PromoMonth.Identity.Seeding;
using PromoMonth.ServiceDefaults.Data;
using PromoMonth.ServiceDefaults.Security.SigningKeys;
using PromoMonth.ServiceDefaults.Security;

namespace PromoMonth.Identity.Infrastructure;

public static class IdentityServiceExtensions
{
    public static WebApplicationBuilder AddIdentityServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WebApplicationBuilder, IdentityDbContext>("identity-db");
        builder.AddTokenValidation(Audiences.Identity);
        builder.Services.AddOptions<ClientSeedOptions>().BindConfiguration("Identity");
        // The start-up check for development secrets tries each seeded client's; a mismatch there is the good outcome.
        builder.Logging.AddFilter("OpenIddict.Core.OpenIddictApplicationManager", LogLevel.Warning);

        var issuer = builder.Configuration["Identity:Issuer"] ?? TokenValidationExtensions.DefaultIssuer;
        var lifetime = builder.Configuration.GetValue("Identity:AccessTokenLifetime", TimeSpan.FromMinutes(10));
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                // One issuer whichever address a partner used, so that services can pin it.
                server.SetIssuer(new Uri(issuer));
                server.SetTokenEndpointUris("connect/token");
                server.SetJsonWebKeySetEndpointUris(".well-known/jwks");
                server.AllowClientCredentialsFlow();
                // Access tokens are self-contained JWTs; storing a row per token would only slow the token endpoint.
                server.DisableTokenStorage();
                server.RegisterScopes([.. Scopes.All]);
                server.SetAccessTokenLifetime(lifetime);
                // Services validate signed JWTs against the JWKS; they hold no decryption key.
                server.DisableAccessTokenEncryption();
                server.AddEphemeralEncryptionKey();
                server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    // TLS ends in front of the gateway; inside, the hops are plain http.
                    .DisableTransportSecurityRequirement();
            });
        // The longest token a retired key can have signed: the server's lifetime or a client's own, capped per client.
        var longestToken = TimeSpan.FromSeconds(Math.Max(lifetime.TotalSeconds, ClientRegistration.MaxTokenLifetimeSeconds));
        builder.AddSigningKeys<IdentityDbContext, SigningKeyRing>("Identity", SigningKeyAlgorithm.Rs256, longestToken);
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>>(
            services => services.GetRequiredService<SigningKeyRing>());
        builder.Services.AddSingleton<IOptionsChangeTokenSource<OpenIddictServerOptions>>(
            services => services.GetRequiredService<SigningKeyRing>());

        return builder;
    }
}

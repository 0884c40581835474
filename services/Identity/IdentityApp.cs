using PromoMonth.Identity.Apis;
using PromoMonth.Identity.Infrastructure;
using PromoMonth.Identity.Seeding;
using PromoMonth.ServiceDefaults.Security.SigningKeys;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Data;

namespace PromoMonth.Identity;

/// <summary>The token server's pipeline and start-up work, shared by its entry point and the tests that start it in-process.</summary>
public static class IdentityApp
{
    public static WebApplication MapIdentity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapDefaultEndpoints();
        app.MapTokenEndpoint();
        app.MapClientsApi();
        return app;
    }

    /// <summary>Before taking traffic: the schema, the seeded clients (which may refuse the start), the signing keys.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        await app.MigrateDatabaseAsync<IdentityDbContext>();
        await app.SeedClientsAsync();
        await app.Services.GetRequiredService<SigningKeyRotation<IdentityDbContext>>().RunOnceAsync(app.Lifetime.ApplicationStopping);
    }
}

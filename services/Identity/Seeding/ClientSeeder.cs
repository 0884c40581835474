using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using PromoMonth.Identity.Domain;
using PromoMonth.Identity.Infrastructure;

namespace PromoMonth.Identity.Seeding;

public static class ClientSeeder
{
    private const long SeedLock = 0x5052_4f4d_4f43_4c54; // "PROMOCLT"

    /// <summary>
    /// Creates the catalog's clients that do not exist yet; existing ones are left as the ministry last changed them
    /// (a rotated secret or a disabled client stays so across restarts). Outside Development a missing secret stops
    /// the start and says which setting to provide. Replicas starting together take turns under an advisory lock: the
    /// second finds every client the first created (OpenIddict's stores share this scope's context and transaction).
    /// </summary>
    public static async Task SeedClientsAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ClientSeedOptions>>().Value;
        var missing = ClientCatalog.All
            .Where(c => !options.UseDevelopmentSecrets && string.IsNullOrWhiteSpace(options.ClientSecrets.GetValueOrDefault(c.ClientId)))
            .Select(c => $"Identity:ClientSecrets:{c.ClientId}")
            .ToList();

        await using var scope = app.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLock})");
        var created = 0;
        foreach (var client in ClientCatalog.All)
        {
            if (await applications.FindByClientIdAsync(client.ClientId) is not null)
            {
                continue;
            }
            if (missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Client secrets are missing for {missing.Count} seeded clients; set {string.Join(", ", missing.Take(5))}{(missing.Count > 5 ? ", …" : "")} " +
                    "(configuration, environment variables such as Identity__ClientSecrets__ministry, or AppHost secret parameters). " +
                    "Development secrets are used only when Identity:UseDevelopmentSecrets is true.");
            }
            var secret = options.UseDevelopmentSecrets ? DevelopmentSecret(client.ClientId) : options.ClientSecrets[client.ClientId];
            await applications.CreateAsync(ClientDescriptors.For(client.ClientId, client.DisplayName, secret, client.Scopes));
            db.ClientProfiles.Add(new ClientProfile
            {
                ClientId = client.ClientId,
                Kind = client.Kind,
                RegionCode = client.RegionCode,
                DisplayName = client.DisplayName,
                CreatedAt = clock.GetUtcNow(),
            });
            created++;
        }
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        app.Logger.LogInformation("Client catalog checked: {Created} clients created, {Total} in the catalog", created, ClientCatalog.All.Count);
    }

    public static string DevelopmentSecret(string clientId) => $"{clientId}-secret";
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using PromoMonth.Identity.Domain;
using PromoMonth.Identity.Infrastructure;

namespace PromoMonth.Identity.Seeding;

public static class ClientSeeder
{
    private const long SeedLock = 0x5052_4f4d_4f43_4c54; // "PROMOCLT"

    /// <summary>
    /// Creates the catalog's clients that do not exist yet; existing ones are left as the ministry last changed them
    /// (a rotated secret or a disabled client stays so across restarts). Outside Development no client keeps or gets a
    /// development secret: one that still has it is rotated to its configured secret (and logged), and a start without
    /// the secrets it needs is refused, naming the clients, before anything changes. Replicas starting together take
    /// turns under an advisory lock: the second finds every client the first created or rotated (OpenIddict's stores
    /// share this scope's context and transaction).
    /// </summary>
    public static async Task SeedClientsAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ClientSeedOptions>>().Value;
        var development = app.Environment.IsDevelopment();
        if (options.UseDevelopmentSecrets && !development)
        {
            app.Logger.LogWarning(
                "Identity:UseDevelopmentSecrets is ignored in {Environment}: it is honoured in Development only",
                app.Environment.EnvironmentName);
        }
        var useDevelopmentSecrets = options.UseDevelopmentSecrets && development;

        await using var scope = app.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLock})");

        var existing = new Dictionary<string, object>();
        foreach (var client in ClientCatalog.All)
        {
            if (await applications.FindByClientIdAsync(client.ClientId) is { } application)
            {
                existing[client.ClientId] = application;
            }
        }
        var toRotate = new List<string>();
        if (!development)
        {
            toRotate = await StillDevelopmentAsync(applications, existing);
            var stillDevelopment = toRotate.Where(id => ConfiguredSecret(options, id) is null).ToList();
            var missing = ClientCatalog.All.Where(c => !existing.ContainsKey(c.ClientId) && ConfiguredSecret(options, c.ClientId) is null)
                .Select(c => c.ClientId).ToList();
            if (stillDevelopment.Count > 0 || missing.Count > 0)
            {
                throw DevelopmentSecrets.Refusal(stillDevelopment, missing);
            }
        }

        foreach (var clientId in toRotate)
        {
            await applications.UpdateAsync(existing[clientId], ConfiguredSecret(options, clientId)!);
            (await db.ClientProfiles.FindAsync(clientId))?.SecretRotated(clock.GetUtcNow());
            app.Logger.LogWarning(
                "Client {ClientId} still had its development secret: rotated to Identity:ClientSecrets:{ClientId}", clientId, clientId);
        }
        var widened = await GrantNewScopesAsync(applications, existing);
        var created = 0;
        foreach (var client in ClientCatalog.All.Where(c => !existing.ContainsKey(c.ClientId)))
        {
            var secret = useDevelopmentSecrets ? DevelopmentSecrets.For(client.ClientId) : ConfiguredSecret(options, client.ClientId)
                ?? throw DevelopmentSecrets.Refusal([], [client.ClientId]);
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
        app.Logger.LogInformation(
            "Client catalog checked: {Created} clients created, {Rotated} rotated from development secrets, {Widened} given new scopes, "
            + "{Total} in the catalog",
            created, toRotate.Count, widened, ClientCatalog.All.Count);
    }

    /// <summary>
    /// A catalog client created before a scope joined its list (webhooks, for one) gets that scope; nothing is taken away,
    /// since the ministry may have widened a client on purpose.
    /// </summary>
    private static async Task<int> GrantNewScopesAsync(IOpenIddictApplicationManager applications, Dictionary<string, object> existing)
    {
        var widened = 0;
        foreach (var client in ClientCatalog.All.Where(c => existing.ContainsKey(c.ClientId)))
        {
            var application = existing[client.ClientId];
            var descriptor = new OpenIddictApplicationDescriptor();
            await applications.PopulateAsync(descriptor, application);
            var missing = client.Scopes.Select(scope => Permissions.Prefixes.Scope + scope)
                .Where(permission => !descriptor.Permissions.Contains(permission)).ToList();
            if (missing.Count == 0)
            {
                continue;
            }
            descriptor.Permissions.UnionWith(missing);
            await applications.UpdateAsync(application, descriptor);
            widened++;
        }
        return widened;
    }

    /// <summary>The configured secret of a seeded client; blank or its own development secret counts as none.</summary>
    private static string? ConfiguredSecret(ClientSeedOptions options, string clientId) =>
        options.ClientSecrets.GetValueOrDefault(clientId) is { } secret && !string.IsNullOrWhiteSpace(secret)
            && !DevelopmentSecrets.IsDevelopmentSecret(clientId, secret) ? secret : null;

    private static async Task<List<string>> StillDevelopmentAsync(
        IOpenIddictApplicationManager applications, Dictionary<string, object> existing)
    {
        var still = new List<string>();
        foreach (var (clientId, application) in existing)
        {
            if (await DevelopmentSecrets.IsStillDevelopmentSecretAsync(applications, application, clientId, CancellationToken.None))
            {
                still.Add(clientId);
            }
        }
        return still;
    }
}

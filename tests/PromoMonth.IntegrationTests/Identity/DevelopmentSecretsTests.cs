using PromoMonth.Identity.Seeding;
using PromoMonth.IntegrationTests.Infrastructure;

namespace PromoMonth.IntegrationTests.Identity;

/// <summary>A database first seeded in Development, then started in Production: no client keeps a development secret.</summary>
[Collection(RealServersCollection.Name)]
public sealed class DevelopmentSecretsTests(RealServersFixture servers)
{
    private static readonly Dictionary<string, string?> DevelopmentSwitch = new() { ["Identity:UseDevelopmentSecrets"] = "true" };

    [Fact]
    public async Task Production_refuses_to_start_naming_the_clients_that_keep_development_secrets()
    {
        var database = await SeededInDevelopmentAsync("id_refuse");

        // The switch is honoured in Development only: setting it in Production changes nothing.
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => IdentityServer.StartAsync(database, "Production", DevelopmentSwitch));
        Assert.Contains($"{ClientCatalog.All.Count} clients still have their development secrets", refused.Message);
        Assert.All(ClientCatalog.All, c => Assert.Contains(c.ClientId, refused.Message));

        // With all but two configured, the refusal names exactly those two, and nothing was rotated meanwhile.
        var secrets = ConfiguredSecrets();
        secrets.Remove($"Identity:ClientSecrets:{ClientCatalog.Ministry}");
        secrets.Remove($"Identity:ClientSecrets:{ClientCatalog.ReportingUnitClientId("310000")}");
        refused = await Assert.ThrowsAsync<InvalidOperationException>(() => IdentityServer.StartAsync(database, "Staging", secrets));
        Assert.Contains("2 clients still have their development secrets: ministry, unit-310000.", refused.Message);
        await using var development = await IdentityServer.StartAsync(database, "Development", DevelopmentSwitch);
        Assert.NotNull((await development.RequestTokenAsync("unit-110000", DevelopmentSecrets.For("unit-110000"))).Token);
    }

    [Fact]
    public async Task Production_rotates_development_secrets_to_the_configured_ones_and_the_old_ones_get_no_token()
    {
        var database = await SeededInDevelopmentAsync("id_rotate");
        var secrets = ConfiguredSecrets();

        await using (var production = await IdentityServer.StartAsync(database, "Production", secrets))
        {
            foreach (var clientId in new[] { ClientCatalog.Ministry, "unit-310000", ClientCatalog.Hotline12315 })
            {
                Assert.Equal("invalid_client", (await production.RequestTokenAsync(clientId, DevelopmentSecrets.For(clientId))).Error);
                Assert.NotNull((await production.RequestTokenAsync(clientId, secrets[$"Identity:ClientSecrets:{clientId}"]!)).Token);
            }
        }

        // A later start finds nothing to rotate, and the configured secrets stay in force.
        await using var again = await IdentityServer.StartAsync(database, "Production", secrets);
        Assert.NotNull((await again.RequestTokenAsync(ClientCatalog.Ministry, secrets["Identity:ClientSecrets:ministry"]!)).Token);
    }

    [Fact]
    public async Task A_configured_secret_that_is_the_development_secret_counts_as_none()
    {
        var database = await servers.CreateDatabaseAsync("id_weak");
        var secrets = ConfiguredSecrets();
        secrets["Identity:ClientSecrets:broadcaster"] = DevelopmentSecrets.For(ClientCatalog.Broadcaster);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => IdentityServer.StartAsync(database, "Production", secrets));
        Assert.Contains("1 clients have no configured secret to be created with: broadcaster.", refused.Message);
    }

    private async Task<string> SeededInDevelopmentAsync(string prefix)
    {
        var database = await servers.CreateDatabaseAsync(prefix);
        await using var development = await IdentityServer.StartAsync(database, "Development", DevelopmentSwitch);
        Assert.NotNull((await development.RequestTokenAsync(ClientCatalog.Ministry, DevelopmentSecrets.For(ClientCatalog.Ministry))).Token);
        return database;
    }

    private static Dictionary<string, string?> ConfiguredSecrets() =>
        ClientCatalog.All.ToDictionary(c => $"Identity:ClientSecrets:{c.ClientId}", c => (string?)$"{c.ClientId}-{Guid.NewGuid():N}");
}

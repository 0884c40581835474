using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using PromoMonth.Identity.Infrastructure;
using PromoMonth.Identity.Seeding;
using PromoMonth.IntegrationTests.Infrastructure;
using PromoMonth.ServiceDefaults.Security.SigningKeys;

namespace PromoMonth.IntegrationTests.Identity;

/// <summary>Signing keys at rest (Data Protection payloads, old plain PEM rows protected) and their rotation with overlap.</summary>
[Collection(RealServersCollection.Name)]
public sealed class SigningKeyTests(RealServersFixture servers)
{
    private static readonly Dictionary<string, string?> Development = new() { ["Identity:UseDevelopmentSecrets"] = "true" };
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly string MinistrySecret = DevelopmentSecrets.For(ClientCatalog.Ministry);

    [Fact]
    public async Task A_database_from_before_protection_starts_and_its_plain_PEM_key_is_stored_as_a_Data_Protection_payload()
    {
        var database = await servers.CreateDatabaseAsync("identity_plain_pem");
        var oldKey = Guid.CreateVersion7();
        await using (var db = IdentityDb(database))
        {
            // The schema and the row as the token server wrote them before keys were protected.
            await db.GetService<IMigrator>().MigrateAsync("20261128154100_Initial");
            using var rsa = System.Security.Cryptography.RSA.Create(2048);
            var pem = rsa.ExportPkcs8PrivateKeyPem();
            var createdAt = DateTimeOffset.UtcNow.AddDays(-1);
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO signing_keys (id, private_key_pem, created_at) VALUES ({oldKey}, {pem}, {createdAt})");
        }

        await using var server = await IdentityServer.StartAsync(database, "Development", Development);

        var stored = await StoredKeysAsync(database);
        var (id, value) = Assert.Single(stored);
        Assert.Equal(oldKey, id);
        Assert.DoesNotContain("PRIVATE KEY", value, StringComparison.Ordinal);
        Assert.StartsWith("CfDJ8", value, StringComparison.Ordinal);
        var unprotected = server.Services.GetRequiredService<IDataProtector>().Unprotect(value);
        Assert.StartsWith("-----BEGIN", unprotected, StringComparison.Ordinal);
        Assert.Contains("PRIVATE KEY", unprotected, StringComparison.Ordinal);
        // The old key still signs and is published.
        var token = (await server.RequestTokenAsync(ClientCatalog.Ministry, MinistrySecret)).Token!;
        Assert.Equal(oldKey.ToString("N"), new JsonWebToken(token).Kid);
        Assert.Equal([oldKey.ToString("N")], await server.PublishedKeyIdsAsync());
    }

    [Fact]
    public async Task The_JWKS_publishes_the_old_and_the_new_key_during_the_overlap_and_tokens_move_to_the_new_key()
    {
        var database = await servers.CreateDatabaseAsync("id_rotation");
        var clock = new FakeTimeProvider(Start);
        await using var server = await IdentityServer.StartAsync(database, "Development", Development, clock);
        var first = Assert.Single(await server.PublishedKeyIdsAsync());
        Assert.Equal(first, await SignerAsync(server));
        var schedule = server.Services.GetRequiredService<SigningKeySchedule>();

        // An hour before the 30 days are up: the successor is published, the first key still signs.
        clock.SetUtcNow(Start + schedule.Lifetime - schedule.PublishAhead);
        await server.RotateAsync();
        var published = await server.PublishedKeyIdsAsync();
        Assert.Equal(2, published.Count);
        var second = Assert.Single(published, k => k != first);
        Assert.Equal(first, await SignerAsync(server));

        // From the end of the 30 days the successor signs; the first stays published while its tokens can live.
        clock.SetUtcNow(Start + schedule.Lifetime);
        await server.RotateAsync();
        Assert.Equal(second, await SignerAsync(server));
        Assert.Equal(published, await server.PublishedKeyIdsAsync());

        clock.Advance(schedule.RetiredKeyPublished);
        await server.RotateAsync();
        Assert.Equal([second], await server.PublishedKeyIdsAsync());
        Assert.Equal(second, await SignerAsync(server));
    }

    [Fact]
    public async Task Two_replicas_due_at_the_same_moment_create_one_new_key_and_both_publish_it()
    {
        var database = await servers.CreateDatabaseAsync("id_replicas");
        var clock = new FakeTimeProvider(Start);
        await using var first = await IdentityServer.StartAsync(database, "Development", Development, clock);
        await using var second = await IdentityServer.StartAsync(database, "Development", Development, clock);
        var schedule = first.Services.GetRequiredService<SigningKeySchedule>();

        clock.SetUtcNow(Start + schedule.Lifetime - schedule.PublishAhead);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => (i % 2 == 0 ? first : second).RotateAsync()));

        Assert.Equal(2, (await StoredKeysAsync(database)).Count);
        Assert.Equal(await first.PublishedKeyIdsAsync(), await second.PublishedKeyIdsAsync());
    }

    /// <summary>The key that signed a fresh token, after checking its signature against the published JWKS.</summary>
    private static async Task<string> SignerAsync(IdentityServer server)
    {
        var token = (await server.RequestTokenAsync(ClientCatalog.Ministry, MinistrySecret)).Token!;
        var keys = new JsonWebKeySet(await server.Http.GetStringAsync("/.well-known/jwks"));
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = keys.GetSigningKeys(),
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
        });
        Assert.True(validation.IsValid, validation.Exception?.Message);
        return new JsonWebToken(token).Kid;
    }

    private static IdentityDbContext IdentityDb(string connectionString) =>
        new(new DbContextOptionsBuilder<IdentityDbContext>().UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options);

    private static async Task<List<(Guid Id, string Value)>> StoredKeysAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT id, protected_key FROM signing_keys", connection);
        await using var reader = await query.ExecuteReaderAsync();
        var rows = new List<(Guid, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetGuid(0), reader.GetString(1)));
        }
        return rows;
    }
}

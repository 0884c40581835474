using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using PromoMonth.Identity.Domain;

namespace PromoMonth.Identity.Infrastructure;

/// <summary>
/// Loads the token signing keys from PostgreSQL, creating the first one on first start, so that every replica signs
/// with, and publishes in its JWKS, the same keys. An advisory lock keeps two replicas from each creating one.
/// </summary>
internal sealed class SigningKeyConfigurator(IServiceScopeFactory scopes, TimeProvider clock) : IConfigureOptions<OpenIddictServerOptions>
{
    private const long CreateKeyLock = 0x5052_4f4d_4f4b_4559; // "PROMOKEY"

    public void Configure(OpenIddictServerOptions options)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        using var transaction = db.Database.BeginTransaction();
        db.Database.ExecuteSql($"SELECT pg_advisory_xact_lock({CreateKeyLock})");
        var keys = db.SigningKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ToList();
        if (keys.Count == 0)
        {
            using var rsa = RSA.Create(2048);
            var now = clock.GetUtcNow();
            var key = new SigningKey { Id = Guid.CreateVersion7(now), PrivateKeyPem = rsa.ExportPkcs8PrivateKeyPem(), CreatedAt = now };
            db.SigningKeys.Add(key);
            db.SaveChanges();
            keys.Add(key);
        }
        transaction.Commit();

        // The newest key signs; older ones stay in the JWKS so tokens they signed still validate.
        foreach (var key in keys.OrderByDescending(k => k.CreatedAt))
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(key.PrivateKeyPem);
            options.SigningCredentials.Add(new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = key.Id.ToString("N") }, SecurityAlgorithms.RsaSha256));
        }
    }
}

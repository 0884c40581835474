using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using PromoMonth.Identity.Domain;

namespace PromoMonth.Identity.Infrastructure;

/// <summary>
/// One pass over the stored signing keys: protects rows still holding plain PEM, creates the successor when it is due,
/// removes retired keys, and hands the result to this replica's key ring. Replicas take turns under an advisory lock,
/// so two passes never both create a key: the second sees the first's.
/// </summary>
internal sealed class SigningKeyRotation(
    IServiceScopeFactory scopes, IDataProtector protector, SigningKeyRing ring, SigningKeySchedule schedule, TimeProvider clock,
    ILogger<SigningKeyRotation> logger)
{
    private const long RotationLock = 0x5052_4f4d_4f4b_4559; // "PROMOKEY"

    /// <summary>One pass; answers how many keys it protected, retired or created.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({RotationLock})", cancellationToken);
        var keys = await db.SigningKeys.ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var key in keys.Where(k => SigningKeyProtection.IsPlainPem(k.ProtectedKey)))
        {
            changed++;
            key.ProtectedKey = protector.Protect(key.ProtectedKey);
            logger.LogWarning("Signing key {KeyId} was stored as plain PEM: now protected by the key ring", KeyId(key));
        }

        var now = clock.GetUtcNow();
        var plan = SigningKeyPolicy.Plan([.. keys.Select(k => new KeyActivation(k.Id, k.ActivatesAt))], now, schedule);
        foreach (var retired in keys.Where(k => plan.Remove.Contains(k.Id)).ToList())
        {
            db.SigningKeys.Remove(retired);
            keys.Remove(retired);
            changed++;
            logger.LogInformation("Signing key {KeyId} retired: no token it signed is still valid", KeyId(retired));
        }
        if (plan.CreateActivatingAt is { } activatesAt)
        {
            using var rsa = RSA.Create(2048);
            var key = new SigningKey
            {
                Id = Guid.CreateVersion7(now),
                ProtectedKey = protector.Protect(rsa.ExportPkcs8PrivateKeyPem()),
                CreatedAt = now,
                ActivatesAt = activatesAt,
            };
            db.SigningKeys.Add(key);
            keys.Add(key);
            changed++;
            logger.LogInformation("Signing key {KeyId} created: published now, signing from {ActivatesAt}", KeyId(key), activatesAt);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        if (ring.Update(Credentials(keys, now)))
        {
            logger.LogInformation("Signing keys in use: {KeyIds} (the first signs)", string.Join(", ", ring.KeyIds));
        }
        return changed;
    }

    /// <summary>The signer first, then the others newest first: OpenIddict signs with the first and publishes all.</summary>
    private List<SigningCredentials> Credentials(List<SigningKey> keys, DateTimeOffset now)
    {
        var signer = SigningKeyPolicy.Signer([.. keys.Select(k => new KeyActivation(k.Id, k.ActivatesAt))], now);
        return [.. keys.OrderByDescending(k => k.Id == signer.Id).ThenByDescending(k => k.ActivatesAt).Select(Credential)];
    }

    private SigningCredentials Credential(SigningKey key)
    {
        string pem;
        try
        {
            pem = protector.Unprotect(key.ProtectedKey);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException(
                $"Signing key {KeyId(key)} cannot be unprotected with this key ring (Identity:KeyRingPath): " +
                "every replica needs the same key ring.", e);
        }
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = KeyId(key) }, SecurityAlgorithms.RsaSha256);
    }

    private static string KeyId(SigningKey key) => key.Id.ToString("N");
}

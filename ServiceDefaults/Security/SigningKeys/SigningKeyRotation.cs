using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace PromoMonth.ServiceDefaults.Security.SigningKeys;

/// <summary>
/// One pass over the stored signing keys: protects rows still holding plain PEM, creates the successor when it is due,
/// removes retired keys, and hands the result to this replica's key ring. Replicas take turns under an advisory lock,
/// so two passes never both create a key: the second sees the first's.
/// </summary>
public sealed class SigningKeyRotation<TContext>(
    IServiceScopeFactory scopes, IDataProtector protector, ISigningKeyRing ring, SigningKeySchedule schedule,
    SigningKeyAlgorithm algorithm, TimeProvider clock, ILogger<SigningKeyRotation<TContext>> logger)
    where TContext : DbContext
{
    private const long RotationLock = 0x5052_4f4d_4f4b_4559; // "PROMOKEY"

    /// <summary>One pass; answers how many keys it protected, retired or created.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var stored = db.Set<SigningKey>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({RotationLock})", cancellationToken);
        var keys = await stored.ToListAsync(cancellationToken);
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
            stored.Remove(retired);
            keys.Remove(retired);
            changed++;
            logger.LogInformation("Signing key {KeyId} retired: nothing it signed is still valid", KeyId(retired));
        }
        if (plan.CreateActivatingAt is { } activatesAt)
        {
            var key = new SigningKey
            {
                Id = Guid.CreateVersion7(now),
                ProtectedKey = protector.Protect(algorithm.CreatePrivateKeyPem()),
                CreatedAt = now,
                ActivatesAt = activatesAt,
            };
            stored.Add(key);
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

    /// <summary>The signer first, then the others newest first: the ring signs with the first and publishes all.</summary>
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
                $"Signing key {KeyId(key)} cannot be unprotected with this key ring (KeyRingPath): " +
                "every replica needs the same key ring.", e);
        }
        return algorithm.Credentials(pem, KeyId(key));
    }

    private static string KeyId(SigningKey key) => key.Id.ToString("N");
}

using System.IO.Hashing;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.Licensing.Verification;
using PromoMonth.ServiceDefaults.Caching;
using ZiggyCreatures.Caching.Fusion;

namespace PromoMonth.Licensing.Credentials;

/// <summary>
/// Issues licence credentials and status list credentials. A licence credential is signed from the verification
/// cache's snapshot, so it reads as a QR scan does; a status list is read from the licences whose bit is set and
/// cached as briefly, with fail-safe, so a suspension, revocation or reinstatement shows within seconds and an outage
/// of Redis or the database still leaves the last list served.
/// </summary>
public sealed class LicenceCredentials(
    VerificationCache verification, IFusionCache cache, IServiceScopeFactory scopes, CredentialSigner signer,
    IOptions<LicensingOptions> options, TimeProvider clock)
{
    /// <summary>How long a list is reused before it is read again; a change also removes it at once.</summary>
    private static readonly TimeSpan ListDuration = TimeSpan.FromSeconds(2);

    /// <summary>What a verifier is told it may cache a list for (the list's ttl).</summary>
    public static readonly TimeSpan ListTimeToLive = TimeSpan.FromMinutes(5);

    private CredentialAddresses Addresses => new(options.Value.PublicBaseUrl);

    /// <summary>The licence's credential as a compact JWS, or null for an unknown number.</summary>
    public async Task<string?> ForNumberAsync(string number, CancellationToken cancellationToken) =>
        await verification.FindAsync(number, cancellationToken) is { } snapshot ? Sign(snapshot) : null;

    /// <summary>The credential's payload before it is signed (for the API's examples and the QR size check).</summary>
    public JsonObject Claims(LicenseSnapshot l) => CredentialClaims.ForLicence(
        new LicenceCredentialFacts(l.Number, l.LicenseeKind, l.LicenseeId, l.LicenseePublicName, l.CreditCode, l.RegionCode, l.Scope,
            l.ValidFrom, l.ValidUntil, l.GrantingUnit, l.StatusPosition),
        Addresses, options.Value.IssuerName);

    public string Sign(LicenseSnapshot snapshot) => signer.Sign(Claims(snapshot));

    /// <summary>A status list's bits, or null when no licence holds a position in that list yet.</summary>
    public ValueTask<StatusListBits?> BitsAsync(StatusPurpose purpose, int list, CancellationToken cancellationToken) =>
        cache.GetOrSetFoundAsync(Key(purpose, list), ct => ReadAsync(purpose, list, ct), ListDuration, cancellationToken);

    /// <summary>The status list credential for bits read before.</summary>
    public string Sign(StatusPurpose purpose, int list, StatusListBits bits)
    {
        var credential = CredentialClaims.ForStatusList(
            purpose, list, StatusBitstring.Decode(bits.EncodedList)!, Addresses, options.Value.IssuerName, bits.AsOf, ListTimeToLive);
        return signer.Sign(credential);
    }

    /// <summary>A licence's status changed: the lists holding its bits are read again on the next request.</summary>
    public async ValueTask ChangedAsync(long statusPosition, CancellationToken cancellationToken)
    {
        var list = new StatusListPosition(statusPosition).List;
        foreach (var purpose in StatusPurposes.All)
        {
            await cache.RemoveAsync(Key(purpose, list), token: cancellationToken);
        }
    }

    private async Task<StatusListBits?> ReadAsync(StatusPurpose purpose, int list, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
        var from = (long)list * StatusListPosition.ListSize;
        var to = from + StatusListPosition.ListSize;
        if (!await db.Licenses.AnyAsync(l => l.StatusPosition >= from && l.StatusPosition < to, cancellationToken))
        {
            return null;
        }
        var status = purpose.SetBy();
        var set = await db.Licenses.AsNoTracking()
            .Where(l => l.StoredStatus == status && l.StatusPosition >= from && l.StatusPosition < to)
            .Select(l => l.StatusPosition)
            .ToListAsync(cancellationToken);
        var bits = new StatusBitstring();
        foreach (var position in set)
        {
            bits[new StatusListPosition(position).Index] = true;
        }
        var encoded = bits.Encode();
        var tag = Convert.ToHexStringLower(XxHash64.Hash(Encoding.ASCII.GetBytes(encoded)));
        return new StatusListBits(encoded, tag, clock.GetUtcNow());
    }

    private static string Key(StatusPurpose purpose, int list) => $"status-list:{purpose.Wire()}:{list}";
}

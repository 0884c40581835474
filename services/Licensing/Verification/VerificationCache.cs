using Microsoft.EntityFrameworkCore;
using PromoMonth.Licensing.Domain;
using PromoMonth.Licensing.Infrastructure;
using ZiggyCreatures.Caching.Fusion;

namespace PromoMonth.Licensing.Verification;

/// <summary>What a QR scan needs of a licence; the status as of now is worked out at read time, so expiry is exact.</summary>
public sealed record LicenseSnapshot(string Number, LicenseStatus StoredStatus, LicenseeKind LicenseeKind, string LicenseePublicName, string RegionCode,
    LicenseScope Scope, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil)
{
    public LicenseStatus StatusAt(DateTimeOffset now) => StoredStatus == LicenseStatus.Active && now >= ValidUntil ? LicenseStatus.Expired : StoredStatus;
}

/// <summary>
/// Licence look-ups for verification, cached two seconds with fail-safe (a scan keeps answering through a Redis or
/// database outage). Unknown numbers are cached too, so scans of made-up numbers do not reach the database.
/// </summary>
public sealed class VerificationCache(IFusionCache cache, IServiceScopeFactory scopes)
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(2);

    public ValueTask<LicenseSnapshot?> FindAsync(string number, CancellationToken cancellationToken) =>
        cache.GetOrSetAsync<LicenseSnapshot?>(Key(number), async (_, ct) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
            var l = await db.Licenses.AsNoTracking().SingleOrDefaultAsync(x => x.Number == number, ct);
            return l is null ? null : new LicenseSnapshot(l.Number, l.StoredStatus, l.LicenseeKind, l.LicenseePublicName, l.RegionCode, l.Scope, l.ValidFrom, l.ValidUntil);
        }, options => options.SetDuration(Duration), cancellationToken);

    public ValueTask ChangedAsync(string number, CancellationToken cancellationToken) => cache.RemoveAsync(Key(number), token: cancellationToken);

    private static string Key(string number) => $"verify:{number}";
}

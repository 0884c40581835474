using Microsoft.EntityFrameworkCore;
using PromoMonth.Licensing.Domain;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults.Caching;
using ZiggyCreatures.Caching.Fusion;

namespace PromoMonth.Licensing.Verification;

/// <summary>
/// What a QR scan and a credential need of a licence; the status as of now is worked out at read time, so expiry is
/// exact. The credit code is null for an activity; the granting unit is null when the ministry granted.
/// </summary>
public sealed record LicenseSnapshot(
    string Number, LicenseStatus StoredStatus, LicenseeKind LicenseeKind, string LicenseePublicName, string RegionCode,
    LicenseScope Scope, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil, Guid LicenseeId, string? CreditCode,
    string? GrantingUnit, long StatusPosition)
{
    public LicenseStatus StatusAt(DateTimeOffset now) =>
        StoredStatus == LicenseStatus.Active && now >= ValidUntil ? LicenseStatus.Expired : StoredStatus;
}

/// <summary>
/// Licence look-ups for verification, cached two seconds with fail-safe (a scan keeps answering through a Redis or
/// database outage). An unknown number is remembered for seconds only, and a string that cannot be a licence number
/// is never looked up or cached at all.
/// </summary>
public sealed class VerificationCache(IFusionCache cache, IServiceScopeFactory scopes)
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(2);

    public ValueTask<LicenseSnapshot?> FindAsync(string number, CancellationToken cancellationToken) => !LicenseNumber.IsWellFormed(number)
        ? ValueTask.FromResult<LicenseSnapshot?>(null)
        : cache.GetOrSetFoundAsync(Key(number), async ct =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
            var found = await db.Licenses.AsNoTracking().Where(x => x.Number == number)
                .Select(x => new
                {
                    License = x,
                    CreditCode = db.LicensableEnterprises.Where(e => e.EnterpriseId == x.LicenseeId)
                        .Select(e => e.CreditCode).FirstOrDefault(),
                })
                .SingleOrDefaultAsync(ct);
            if (found is null)
            {
                return null;
            }
            var l = found.License;
            return new LicenseSnapshot(
                l.Number, l.StoredStatus, l.LicenseeKind, l.LicenseePublicName, l.RegionCode, l.Scope, l.ValidFrom, l.ValidUntil,
                l.LicenseeId, l.LicenseeKind == LicenseeKind.Enterprise ? found.CreditCode : null, l.GrantingUnit, l.StatusPosition);
        }, Duration, cancellationToken);

    public ValueTask ChangedAsync(string number, CancellationToken cancellationToken) =>
        cache.RemoveAsync(Key(number), token: cancellationToken);

    private static string Key(string number) => $"verify:{number}";
}

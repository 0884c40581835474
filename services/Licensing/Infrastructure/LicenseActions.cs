using Microsoft.EntityFrameworkCore;
using PromoMonth.Licensing.Credentials;
using PromoMonth.Licensing.Domain;
using PromoMonth.Licensing.Verification;

namespace PromoMonth.Licensing.Infrastructure;

/// <summary>
/// Status changes with their cache invalidation, shared by the API and the consumers. The licence raises its own
/// events; they leave with the caller's save.
/// </summary>
public sealed class LicenseActions(
    LicensingDbContext db, VerificationCache verification, LicenceCredentials credentials, TimeProvider clock)
{
    public async Task<int> SuspendAllAsync(
        LicenseeKind kind, IReadOnlyCollection<Guid> licenseeIds, string reason, string by, CancellationToken cancellationToken)
    {
        var changed = 0;
        var licenses = await db.Licenses
            .Where(l => l.LicenseeKind == kind && licenseeIds.Contains(l.LicenseeId))
            .ToListAsync(cancellationToken);
        foreach (var license in licenses)
        {
            if (license.StoredStatus == LicenseStatus.Active && await SuspendAsync(license, reason, by, cancellationToken))
            {
                changed++;
            }
        }
        return changed;
    }

    public async Task<int> RevokeAllAsync(LicenseeKind kind, Guid licenseeId, string reason, string by, CancellationToken cancellationToken)
    {
        var changed = 0;
        var licenses = await db.Licenses
            .Where(l => l.LicenseeKind == kind && l.LicenseeId == licenseeId)
            .ToListAsync(cancellationToken);
        foreach (var license in licenses)
        {
            if (license.StoredStatus != LicenseStatus.Revoked && await RevokeAsync(license, reason, by, cancellationToken))
            {
                changed++;
            }
        }
        return changed;
    }

    public Task<bool> SuspendAsync(License license, string reason, string by, CancellationToken cancellationToken) =>
        AfterAsync(license, license.Suspend(reason, by, clock.GetUtcNow()), cancellationToken);

    public Task<bool> RevokeAsync(License license, string reason, string by, CancellationToken cancellationToken) =>
        AfterAsync(license, license.Revoke(reason, by, clock.GetUtcNow()), cancellationToken);

    public Task<bool> ReinstateAsync(License license, string reason, string by, CancellationToken cancellationToken) =>
        AfterAsync(license, license.Reinstate(reason, by, clock.GetUtcNow()), cancellationToken);

    /// <summary>A changed licence no longer reads as the verification cache and its status lists hold it.</summary>
    private async Task<bool> AfterAsync(License license, bool changed, CancellationToken cancellationToken)
    {
        if (changed)
        {
            await verification.ChangedAsync(license.Number, cancellationToken);
            await credentials.ChangedAsync(license.StatusPosition, cancellationToken);
        }
        return changed;
    }
}

using Microsoft.EntityFrameworkCore;
using PromoMonth.Contracts;
using PromoMonth.Licensing.Domain;
using PromoMonth.Licensing.Verification;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.Licensing.Infrastructure;

/// <summary>Status changes with their events and cache invalidation, shared by the API and the consumers.</summary>
public sealed class LicenseActions(LicensingDbContext db, IEventOutbox outbox, VerificationCache verification, TimeProvider clock)
{
    public async Task<int> SuspendAllAsync(LicenseeKind kind, IReadOnlyCollection<Guid> licenseeIds, string reason, string by, CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var license in await db.Licenses.Where(l => l.LicenseeKind == kind && licenseeIds.Contains(l.LicenseeId)).ToListAsync(cancellationToken))
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
        foreach (var license in await db.Licenses.Where(l => l.LicenseeKind == kind && l.LicenseeId == licenseeId).ToListAsync(cancellationToken))
        {
            if (license.StoredStatus != LicenseStatus.Revoked && await RevokeAsync(license, reason, by, cancellationToken))
            {
                changed++;
            }
        }
        return changed;
    }

    public async Task<bool> SuspendAsync(License license, string reason, string by, CancellationToken cancellationToken)
    {
        if (!license.Suspend(reason, by, clock.GetUtcNow()))
        {
            return false;
        }
        outbox.Enqueue(new LicenseSuspended { LicenseId = license.Id, LicenseNumber = license.Number, LicenseeKind = Kind(license), LicenseeId = license.LicenseeId, RegionCode = license.RegionCode, Reason = reason, At = clock.GetUtcNow() });
        await verification.ChangedAsync(license.Number, cancellationToken);
        return true;
    }

    public async Task<bool> RevokeAsync(License license, string reason, string by, CancellationToken cancellationToken)
    {
        if (!license.Revoke(reason, by, clock.GetUtcNow()))
        {
            return false;
        }
        outbox.Enqueue(new LicenseRevoked { LicenseId = license.Id, LicenseNumber = license.Number, LicenseeKind = Kind(license), LicenseeId = license.LicenseeId, RegionCode = license.RegionCode, Reason = reason, At = clock.GetUtcNow() });
        await verification.ChangedAsync(license.Number, cancellationToken);
        return true;
    }

    public async Task<bool> ReinstateAsync(License license, string reason, string by, CancellationToken cancellationToken)
    {
        if (!license.Reinstate(reason, by, clock.GetUtcNow()))
        {
            return false;
        }
        outbox.Enqueue(new LicenseReinstated { LicenseId = license.Id, LicenseNumber = license.Number, LicenseeKind = Kind(license), LicenseeId = license.LicenseeId, RegionCode = license.RegionCode, Reason = reason, At = clock.GetUtcNow() });
        await verification.ChangedAsync(license.Number, cancellationToken);
        return true;
    }

    public static string Kind(License license) => license.LicenseeKind == LicenseeKind.Activity ? "activity" : "enterprise";
}

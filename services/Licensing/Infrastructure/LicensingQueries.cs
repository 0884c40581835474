using Microsoft.EntityFrameworkCore;
using PromoMonth.Licensing.Domain;

namespace PromoMonth.Licensing.Infrastructure;

/// <summary>The reads a grant needs, from licensing's own read models (fed by the registry's events).</summary>
public static class LicensingQueries
{
    /// <summary>The activity or enterprise of this kind and id, or null when licensing has not heard of it.</summary>
    public static async Task<ILicensable?> LicensableAsync(
        this LicensingDbContext db, LicenseeKind kind, Guid licenseeId, CancellationToken cancellationToken) =>
        kind == LicenseeKind.Activity
            ? await db.LicensableActivities.AsNoTracking().SingleOrDefaultAsync(a => a.ActivityId == licenseeId, cancellationToken)
            : await db.LicensableEnterprises.AsNoTracking().SingleOrDefaultAsync(e => e.EnterpriseId == licenseeId, cancellationToken);

    /// <summary>The licensee's licence that has not been revoked: a retried grant answers it instead of granting again.</summary>
    public static Task<License?> HeldLicenseAsync(
        this LicensingDbContext db, LicenseeKind kind, Guid licenseeId, CancellationToken cancellationToken) =>
        db.Licenses.AsNoTracking()
            .Where(l => l.LicenseeKind == kind && l.LicenseeId == licenseeId && l.StoredStatus != LicenseStatus.Revoked)
            .FirstOrDefaultAsync(cancellationToken);
}

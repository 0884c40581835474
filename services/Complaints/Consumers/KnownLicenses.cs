using Microsoft.EntityFrameworkCore;
using PromoMonth.Complaints.Domain;
using PromoMonth.Complaints.Infrastructure;

namespace PromoMonth.Complaints.Consumers;

/// <summary>Keeps each licence's latest state, as licensing's events report it.</summary>
internal static class KnownLicenses
{
    public static async Task RecordAsync(
        ComplaintsDbContext db, Guid licenseId, string licenseeKind, Guid licenseeId, bool active, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var license = await db.KnownLicenses.SingleOrDefaultAsync(l => l.LicenseId == licenseId, cancellationToken);
        if (license is null)
        {
            db.KnownLicenses.Add(KnownLicense.First(licenseId, licenseeKind, licenseeId, active, at));
        }
        else
        {
            license.Record(active, at);
        }
    }
}

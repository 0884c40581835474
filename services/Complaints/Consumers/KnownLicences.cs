using Microsoft.EntityFrameworkCore;
using PromoMonth.Complaints.Domain;
using PromoMonth.Complaints.Infrastructure;

namespace PromoMonth.Complaints.Consumers;

/// <summary>Keeps each licence's latest state; events may arrive out of order, so the newest event time wins.</summary>
internal static class KnownLicences
{
    public static async Task RecordAsync(ComplaintsDbContext db, Guid licenseId, string licenseeKind, Guid licenseeId, bool active, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var licence = await db.KnownLicences.SingleOrDefaultAsync(l => l.LicenseId == licenseId, cancellationToken);
        if (licence is null)
        {
            db.KnownLicences.Add(new KnownLicence { LicenseId = licenseId, LicenseeKind = licenseeKind.ToLowerInvariant(), LicenseeId = licenseeId, Active = active, ChangedAt = at });
        }
        else if (at >= licence.ChangedAt)
        {
            licence.Active = active;
            licence.ChangedAt = at;
        }
    }
}

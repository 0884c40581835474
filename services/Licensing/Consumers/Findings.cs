using Microsoft.EntityFrameworkCore;
using PromoMonth.Licensing.Domain;
using PromoMonth.Licensing.Infrastructure;

namespace PromoMonth.Licensing.Consumers;

/// <summary>
/// A finding suspends the licences of the respondent enterprise (every campaign's registration of its code) and of the
/// activity.
/// </summary>
internal static class Findings
{
    public static async Task SuspendAsync(
        LicensingDbContext db, LicenseActions licenses, string? creditCode, Guid? activityId, string reason,
        CancellationToken cancellationToken)
    {
        if (creditCode is not null)
        {
            var code = creditCode.Trim().ToUpperInvariant();
            var enterprises = await db.LicensableEnterprises.Where(e => e.CreditCode == code).Select(e => e.EnterpriseId)
                .ToListAsync(cancellationToken);
            await licenses.SuspendAllAsync(LicenseeKind.Enterprise, enterprises, reason, "complaints", cancellationToken);
        }
        if (activityId is { } activity)
        {
            await licenses.SuspendAllAsync(LicenseeKind.Activity, [activity], reason, "complaints", cancellationToken);
        }
    }
}

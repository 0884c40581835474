using PromoMonth.Contracts;
using PromoMonth.Licensing.Domain;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.Licensing.Consumers;

/// <summary>A cancelled activity can no longer be licensed, and its licences are revoked.</summary>
public sealed class ActivityCancelledConsumer(LicensingDbContext db, LicenseActions licenses, TimeProvider clock)
    : IdempotentConsumer<ActivityCancelled, LicensingDbContext>(db, clock)
{
    protected override async Task HandleAsync(ActivityCancelled message, CancellationToken cancellationToken)
    {
        if (await Db.LicensableActivities.FindAsync([message.ActivityId], cancellationToken) is { } activity)
        {
            activity.Cancelled = true;
        }
        await licenses.RevokeAllAsync(LicenseeKind.Activity, message.ActivityId, $"活动已取消：{message.Reason}", "registry", cancellationToken);
    }
}

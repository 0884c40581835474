using PromoMonth.Contracts;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.Licensing.Consumers;

/// <summary>Keeps a licensable activity's dates current.</summary>
public sealed class ActivityPostponedConsumer(LicensingDbContext db, TimeProvider clock)
    : IdempotentConsumer<ActivityPostponed, LicensingDbContext>(db, clock)
{
    protected override async Task HandleAsync(ActivityPostponed message, CancellationToken cancellationToken)
    {
        if (await Db.LicensableActivities.FindAsync([message.ActivityId], cancellationToken) is { } activity)
        {
            activity.StartsAt = message.StartsAt.ToUniversalTime();
            activity.EndsAt = message.EndsAt.ToUniversalTime();
        }
    }
}

using Microsoft.EntityFrameworkCore;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Infrastructure;

namespace PromoMonth.Statistics.Consumers;

/// <summary>A cancelled activity no longer counts in the catalog cross-check.</summary>
public sealed class ActivityCancelledConsumer(StatisticsDbContext db, TimeProvider clock)
    : IdempotentConsumer<ActivityCancelled, StatisticsDbContext>(db, clock)
{
    protected override async Task HandleAsync(ActivityCancelled message, CancellationToken cancellationToken)
    {
        var activity = await Db.CatalogActivities.SingleOrDefaultAsync(a => a.ActivityId == message.ActivityId, cancellationToken);
        if (activity is null)
        {
            // Cancelled before its approval reached us (or never approved): remember it, so a late approval does not count.
            Db.CatalogActivities.Add(new CatalogActivity { ActivityId = message.ActivityId, RegionCode = message.RegionCode,
                Cancelled = true });
            return;
        }
        activity.Cancelled = true;
    }
}

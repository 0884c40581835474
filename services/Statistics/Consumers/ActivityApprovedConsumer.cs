using Microsoft.EntityFrameworkCore;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Infrastructure;

namespace PromoMonth.Statistics.Consumers;

/// <summary>Counts catalog activities per unit and campaign, beside the activity sessions units report.</summary>
public sealed class ActivityApprovedConsumer(StatisticsDbContext db, TimeProvider clock)
    : IdempotentConsumer<ActivityApproved, StatisticsDbContext>(db, clock)
{
    protected override async Task HandleAsync(ActivityApproved message, CancellationToken cancellationToken)
    {
        var activity = await Db.CatalogActivities.SingleOrDefaultAsync(a => a.ActivityId == message.ActivityId, cancellationToken);
        if (activity is null)
        {
            Db.CatalogActivities.Add(new CatalogActivity { ActivityId = message.ActivityId, RegionCode = message.RegionCode,
                CampaignCode = message.CampaignCode });
            return;
        }
        // Approved again after a change: the latest approval's region and campaign count.
        activity.RegionCode = message.RegionCode;
        activity.CampaignCode = message.CampaignCode;
        activity.Cancelled = false;
    }
}

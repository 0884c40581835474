using PromoMonth.Contracts;
using PromoMonth.Licensing.Domain;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.Licensing.Consumers;

/// <summary>An approved catalog activity becomes licensable.</summary>
public sealed class ActivityApprovedConsumer(LicensingDbContext db, TimeProvider clock)
    : IdempotentConsumer<ActivityApproved, LicensingDbContext>(db, clock)
{
    protected override async Task HandleAsync(ActivityApproved message, CancellationToken cancellationToken)
    {
        if (await Db.LicensableActivities.FindAsync([message.ActivityId], cancellationToken) is not null)
        {
            return;
        }
        Db.LicensableActivities.Add(new LicensableActivity
        {
            ActivityId = message.ActivityId,
            CampaignId = message.CampaignId,
            CampaignCode = message.CampaignCode,
            CampaignEndsOn = message.CampaignEndsOn,
            Title = message.Title,
            RegionCode = message.RegionCode,
            CityCode = message.CityCode,
            StartsAt = message.StartsAt,
            EndsAt = message.EndsAt,
        });
    }
}

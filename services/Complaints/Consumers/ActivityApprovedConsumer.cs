using PromoMonth.Complaints.Domain;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.Complaints.Consumers;

/// <summary>Remembers approved catalog activities, so that a case naming one routes to its region.</summary>
public sealed class ActivityApprovedConsumer(ComplaintsDbContext db, TimeProvider clock)
    : IdempotentConsumer<ActivityApproved, ComplaintsDbContext>(db, clock)
{
    protected override async Task HandleAsync(ActivityApproved message, CancellationToken cancellationToken)
    {
        if (await Db.KnownActivities.FindAsync([message.ActivityId], cancellationToken) is null)
        {
            Db.KnownActivities.Add(
                new KnownActivity { ActivityId = message.ActivityId, Title = message.Title, RegionCode = message.RegionCode });
        }
    }
}

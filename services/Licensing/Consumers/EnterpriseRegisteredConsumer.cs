using PromoMonth.Contracts;
using PromoMonth.Licensing.Domain;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.Licensing.Consumers;

/// <summary>Adds a newly registered enterprise to the enterprises that may be licensed once committed.</summary>
public sealed class EnterpriseRegisteredConsumer(LicensingDbContext db, TimeProvider clock)
    : IdempotentConsumer<EnterpriseRegistered, LicensingDbContext>(db, clock)
{
    protected override async Task HandleAsync(EnterpriseRegistered message, CancellationToken cancellationToken)
    {
        if (await Db.LicensableEnterprises.FindAsync([message.EnterpriseId], cancellationToken) is not null)
        {
            return;
        }
        Db.LicensableEnterprises.Add(new LicensableEnterprise
        {
            EnterpriseId = message.EnterpriseId,
            CampaignId = message.CampaignId,
            CampaignCode = message.CampaignCode,
            CampaignEndsOn = message.CampaignEndsOn,
            CreditCode = message.CreditCode,
            Name = message.Name,
            RegionCode = message.RegionCode,
            RegisteredAt = message.RegisteredAt,
        });
    }
}

using PromoMonth.Contracts;
using PromoMonth.Complaints.Domain;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.Complaints.Consumers;

/// <summary>Remembers a registered enterprise so that cases against it route to its region.</summary>
public sealed class EnterpriseRegisteredConsumer(ComplaintsDbContext db, TimeProvider clock)
    : IdempotentConsumer<EnterpriseRegistered, ComplaintsDbContext>(db, clock)
{
    protected override async Task HandleAsync(EnterpriseRegistered message, CancellationToken cancellationToken)
    {
        if (await Db.KnownRespondents.FindAsync([message.EnterpriseId], cancellationToken) is not null)
        {
            return;
        }
        Db.KnownRespondents.Add(new KnownRespondent
        {
            EnterpriseId = message.EnterpriseId,
            CreditCode = message.CreditCode,
            Name = message.Name,
            RegionCode = message.RegionCode,
            RegisteredAt = message.RegisteredAt,
        });
    }
}

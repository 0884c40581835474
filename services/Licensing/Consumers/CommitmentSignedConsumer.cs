using PromoMonth.Contracts;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.Licensing.Consumers;

/// <summary>A signed commitment letter makes a registered enterprise licensable.</summary>
public sealed class CommitmentSignedConsumer(LicensingDbContext db, TimeProvider clock)
    : IdempotentConsumer<CommitmentSigned, LicensingDbContext>(db, clock)
{
    protected override async Task HandleAsync(CommitmentSigned message, CancellationToken cancellationToken)
    {
        // Registration and commitment are separate messages and may arrive in either order: retry until the registration is here.
        var enterprise = await Db.LicensableEnterprises.FindAsync([message.EnterpriseId], cancellationToken)
            ?? throw new InvalidOperationException(
                $"Enterprise {message.EnterpriseId} is not known yet; the commitment waits for its registration.");
        enterprise.HasCommitment = true;
    }
}

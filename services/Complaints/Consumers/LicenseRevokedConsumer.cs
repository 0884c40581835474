using PromoMonth.Complaints.Infrastructure;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.Complaints.Consumers;

/// <summary>A licence revoked: the licensee's use of the mark is no longer licensed from then on.</summary>
public sealed class LicenseRevokedConsumer(ComplaintsDbContext db, TimeProvider clock)
    : IdempotentConsumer<LicenseRevoked, ComplaintsDbContext>(db, clock)
{
    protected override Task HandleAsync(LicenseRevoked message, CancellationToken cancellationToken) =>
        KnownLicenses.RecordAsync(
            Db, message.LicenseId, message.LicenseeKind, message.LicenseeId, active: false, message.At, cancellationToken);
}

using PromoMonth.Complaints.Infrastructure;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.Complaints.Consumers;

/// <summary>A licence suspended: the licensee's use of the mark is no longer licensed from then on.</summary>
public sealed class LicenseSuspendedConsumer(ComplaintsDbContext db, TimeProvider clock)
    : IdempotentConsumer<LicenseSuspended, ComplaintsDbContext>(db, clock)
{
    protected override Task HandleAsync(LicenseSuspended message, CancellationToken cancellationToken) =>
        KnownLicenses.RecordAsync(
            Db, message.LicenseId, message.LicenseeKind, message.LicenseeId, active: false, message.At, cancellationToken);
}

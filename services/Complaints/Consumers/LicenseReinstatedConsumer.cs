using PromoMonth.Complaints.Infrastructure;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.Complaints.Consumers;

/// <summary>A licence reinstated: the licensee's use of the mark is licensed from then on.</summary>
public sealed class LicenseReinstatedConsumer(ComplaintsDbContext db, TimeProvider clock)
    : IdempotentConsumer<LicenseReinstated, ComplaintsDbContext>(db, clock)
{
    protected override Task HandleAsync(LicenseReinstated message, CancellationToken cancellationToken) =>
        KnownLicenses.RecordAsync(
            Db, message.LicenseId, message.LicenseeKind, message.LicenseeId, active: true, message.At, cancellationToken);
}

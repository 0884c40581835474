using Microsoft.EntityFrameworkCore;
using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Infrastructure;

namespace PromoMonth.Statistics.Consumers;

/// <summary>Counts licences of the mark granted per unit for the cross-checks.</summary>
public sealed class LicenseGrantedConsumer(StatisticsDbContext db, TimeProvider clock)
    : IdempotentConsumer<LicenseGranted, StatisticsDbContext>(db, clock)
{
    protected override async Task HandleAsync(LicenseGranted message, CancellationToken cancellationToken)
    {
        if (!await Db.GrantedLicenses.AnyAsync(l => l.LicenseId == message.LicenseId, cancellationToken))
        {
            Db.GrantedLicenses.Add(new GrantedLicense { LicenseId = message.LicenseId, RegionCode = message.RegionCode,
                GrantedAt = message.At });
        }
    }
}

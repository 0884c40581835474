using PromoMonth.Contracts;
using PromoMonth.Licensing.Domain;
using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.Licensing.Infrastructure;

/// <summary>Licensing's one mapping from what happened to a licence to the messages the other services read.</summary>
public sealed class LicensingEventContracts : IDomainEventContracts
{
    public object? ToContract(IDomainEvent domainEvent) => domainEvent switch
    {
        LicenseGrantedDomainEvent e => new LicenseGranted
        {
            LicenseId = e.License.Id,
            LicenseNumber = e.License.Number,
            LicenseeKind = Kind(e.License),
            LicenseeId = e.License.LicenseeId,
            RegionCode = e.License.RegionCode,
            At = e.At,
        },
        LicenseSuspendedDomainEvent e => new LicenseSuspended
        {
            LicenseId = e.License.Id,
            LicenseNumber = e.License.Number,
            LicenseeKind = Kind(e.License),
            LicenseeId = e.License.LicenseeId,
            RegionCode = e.License.RegionCode,
            Reason = e.Reason,
            At = e.At,
        },
        LicenseRevokedDomainEvent e => new LicenseRevoked
        {
            LicenseId = e.License.Id,
            LicenseNumber = e.License.Number,
            LicenseeKind = Kind(e.License),
            LicenseeId = e.License.LicenseeId,
            RegionCode = e.License.RegionCode,
            Reason = e.Reason,
            At = e.At,
        },
        LicenseReinstatedDomainEvent e => new LicenseReinstated
        {
            LicenseId = e.License.Id,
            LicenseNumber = e.License.Number,
            LicenseeKind = Kind(e.License),
            LicenseeId = e.License.LicenseeId,
            RegionCode = e.License.RegionCode,
            Reason = e.Reason,
            At = e.At,
        },
        _ => null,
    };

    /// <summary>The licensee kind as the contracts spell it.</summary>
    private static string Kind(License license) => license.LicenseeKind == LicenseeKind.Activity ? "activity" : "enterprise";
}

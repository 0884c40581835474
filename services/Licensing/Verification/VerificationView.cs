using PromoMonth.Contracts;
using PromoMonth.Licensing.Domain;

namespace PromoMonth.Licensing.Verification;

/// <summary>What anyone scanning a QR code may learn: status, the licensee's public name, scope and validity. Nothing personal.</summary>
public sealed record VerificationView(
    string LicenseNumber, LicenseStatus Status, bool Valid, bool Revoked, LicenseeKind LicenseeKind, string LicenseeName,
    string RegionCode, string RegionName, LicenseScope Scope, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil, string Mark)
{
    public const string MarkName2020 = "2020年全国消费促进月";

    public static VerificationView From(LicenseSnapshot l, DateTimeOffset now)
    {
        var status = l.StatusAt(now);
        return new VerificationView(
            l.Number, status, status == LicenseStatus.Active, status == LicenseStatus.Revoked, l.LicenseeKind, l.LicenseePublicName,
            l.RegionCode, ReportingUnits.Find(l.RegionCode)?.NameZh ?? l.RegionCode, l.Scope, l.ValidFrom, l.ValidUntil, MarkName2020);
    }
}

using PromoMonth.Contracts;
using PromoMonth.Licensing.Domain;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.Licensing.Verification;

/// <summary>What anyone scanning a QR code may learn: status, the licensee's public name, scope and validity. Nothing personal.</summary>
public sealed record VerificationView(
    string LicenseNumber, LicenseStatus Status, bool Valid, bool Revoked, LicenseeKind LicenseeKind, string LicenseeName,
    string RegionCode, string RegionName, LicenseScope Scope, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil, string Mark)
    : IDocumentedExample<VerificationView>
{
    /// <summary>The example the OpenAPI document shows: what a consumer's scan of a valid sticker reads.</summary>
    public static VerificationView Example => new(
        "CPM2020-310000-00042", LicenseStatus.Active, Valid: true, Revoked: false, LicenseeKind.Enterprise, "上海百联集团股份有限公司",
        "310000", "上海市", new LicenseScope([], ["南京东路旗舰店"], ["百联官方商城"]),
        new DateTimeOffset(2020, 9, 1, 0, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2020, 12, 31, 23, 59, 59, TimeSpan.FromHours(8)),
        MarkName2020);

    public const string MarkName2020 = "2020年全国消费促进月";

    public static VerificationView From(LicenseSnapshot l, DateTimeOffset now)
    {
        var status = l.StatusAt(now);
        return new VerificationView(
            l.Number, status, status == LicenseStatus.Active, status == LicenseStatus.Revoked, l.LicenseeKind, l.LicenseePublicName,
            l.RegionCode, ReportingUnits.Find(l.RegionCode)?.NameZh ?? l.RegionCode, l.Scope, l.ValidFrom, l.ValidUntil, MarkName2020);
    }
}

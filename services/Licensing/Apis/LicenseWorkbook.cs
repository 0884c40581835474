using PromoMonth.Licensing.Domain;
using PromoMonth.ServiceDefaults.Spreadsheets;

namespace PromoMonth.Licensing.Apis;

/// <summary>The licence register as an officer reads it: one row per licence, its status in words and colour.</summary>
internal static class LicenseWorkbook
{
    public const string Sheet = "licences";

    public static IReadOnlyList<XlsxSheet> Sheets(IReadOnlyList<License> licenses, DateTimeOffset now)
    {
        string[] headings =
        [
            "授权编号 Number", "状态 Status", "被授权类型 Kind", "被授权方 Licensee", "地区代码 Region", "有效期起 Valid from",
            "有效期至 Valid until", "授予方 Granted by", "场所 Venues", "线上渠道 Online channels",
        ];
        var rows = new List<IReadOnlyList<XlsxCell>>
        {
            new[] { XlsxCell.Title("消费促进月 标识使用授权 (licences to use the mark)") },
            new[] { XlsxCell.Strong("数据截至 As of"), XlsxCell.Text(BeijingTime.Of(now)) },
            headings.Select(XlsxCell.Header).ToList(),
        };
        rows.AddRange(licenses.Select(l => (IReadOnlyList<XlsxCell>)
        [
            XlsxCell.Text(l.Number), Status(l.StatusAt(now)), XlsxCell.Text(l.LicenseeKind.ToString().ToLowerInvariant()),
            XlsxCell.Text(l.LicenseePublicName), XlsxCell.Text(l.RegionCode), XlsxCell.Text(BeijingTime.Minute(l.ValidFrom)),
            XlsxCell.Text(BeijingTime.Minute(l.ValidUntil)), XlsxCell.Text(l.GrantedBy), XlsxCell.Text(string.Join(' ', l.Scope.Venues)),
            XlsxCell.Text(string.Join(' ', l.Scope.OnlineChannels)),
        ]));
        return [new XlsxSheet(Sheet, rows, FrozenRows: 3, FrozenColumns: 1)];
    }

    private static XlsxCell Status(LicenseStatus status) => status switch
    {
        LicenseStatus.Active => XlsxCell.Status("有效 active", XlsxTone.Good),
        LicenseStatus.Suspended => XlsxCell.Status("暂停 suspended", XlsxTone.Warning),
        LicenseStatus.Revoked => XlsxCell.Status("撤销 revoked", XlsxTone.Bad),
        _ => XlsxCell.Status("过期 expired", XlsxTone.Neutral),
    };
}

using System.Globalization;
using System.Text;
using PromoMonth.Licensing.Domain;
using PromoMonth.ServiceDefaults.Spreadsheets;

namespace PromoMonth.Licensing.Apis;

internal static class LicenseCsv
{
    private static readonly string[] Headers =
        ["number", "status", "licenseeKind", "licensee", "regionCode", "validFrom", "validUntil", "grantedBy", "venues", "onlineChannels"];

    public static byte[] Build(IReadOnlyList<License> licenses, DateTimeOffset now)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new SpreadsheetCsvWriter(writer))
        {
            foreach (var header in Headers)
            {
                csv.WriteField(header);
            }
            csv.NextRecord();
            foreach (var l in licenses)
            {
                csv.WriteField(l.Number);
                csv.WriteField(l.StatusAt(now).ToString().ToLowerInvariant());
                csv.WriteField(l.LicenseeKind.ToString().ToLowerInvariant());
                csv.WriteField(l.LicenseePublicName);
                csv.WriteField(l.RegionCode);
                csv.WriteField(l.ValidFrom.ToString("O", CultureInfo.InvariantCulture));
                csv.WriteField(l.ValidUntil.ToString("O", CultureInfo.InvariantCulture));
                csv.WriteField(l.GrantedBy);
                csv.WriteField(string.Join(' ', l.Scope.Venues));
                csv.WriteField(string.Join(' ', l.Scope.OnlineChannels));
                csv.NextRecord();
            }
        }
        return buffer.ToArray();
    }
}

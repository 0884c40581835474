using System.Globalization;
using System.Text;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.ServiceDefaults.Spreadsheets;

namespace PromoMonth.EventRegistry.Catalog;

/// <summary>The catalog as CSV that Excel opens with Chinese intact: UTF-8 with a byte-order mark, one row per activity.</summary>
public static class CsvCatalog
{
    private static readonly string[] Headers =
    [
        "id", "title", "regionCode", "region", "cityCode", "venue", "address", "attendanceMode", "startsAt", "endsAt", "category",
        "organiser", "status", "outsideCampaignWindow", "onlineLinks",
    ];

    public static byte[] Build(IReadOnlyList<CatalogEntry> entries)
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
            foreach (var e in entries)
            {
                csv.WriteField(e.Id);
                csv.WriteField(e.Title);
                csv.WriteField(e.RegionCode);
                csv.WriteField(e.RegionName);
                csv.WriteField(e.CityCode);
                csv.WriteField(e.Venue);
                csv.WriteField(e.Address);
                csv.WriteField(Camel(e.AttendanceMode.ToString()));
                csv.WriteField(e.StartsAt.ToString("O", CultureInfo.InvariantCulture));
                csv.WriteField(e.EndsAt.ToString("O", CultureInfo.InvariantCulture));
                csv.WriteField(Camel(e.Category.ToString()));
                csv.WriteField(e.Organiser);
                csv.WriteField(Camel(e.Status.ToString()));
                csv.WriteField(e.OutsideCampaignWindow ? "true" : "false");
                csv.WriteField(string.Join(' ', e.OnlineLinks));
                csv.NextRecord();
            }
        }
        return buffer.ToArray();
    }

    private static string Camel(string value) => char.ToLowerInvariant(value[0]) + value[1..];
}

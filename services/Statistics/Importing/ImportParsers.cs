using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace PromoMonth.Statistics.Importing;

/// <summary>
/// Reads the two import formats into rows: a CSV file with the header
/// <c>period,orgUnit,dataElement,city,enterprise,value,comment</c>, or a DHIS2-style <c>dataValueSets</c> document
/// (<c>{ "period", "orgUnit", "dataValues": [{ "dataElement", "period", "orgUnit", "value", "comment" }] }</c>, with
/// optional <c>city</c> and <c>enterprise</c> per value for the breakdowns; a value's own period and orgUnit win over
/// the document's). Both stream, so a whole campaign's file is read once.
/// </summary>
public static class ImportParsers
{
    public static readonly string[] CsvHeader = ["period", "orgUnit", "dataElement", "city", "enterprise", "value", "comment"];

    public static async Task<(List<ImportRow> Rows, string? Error)> ReadCsvAsync(Stream body, CancellationToken cancellationToken)
    {
        var rows = new List<ImportRow>();
        using var reader = new StreamReader(body);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            BadDataFound = null,
            DetectDelimiter = false,
            // A campaign's file repeats a few dozen periods, units, indicators and cities hundreds of thousands of times:
            // one string each instead of one per field.
            CacheFields = true,
        });
        if (!await csv.ReadAsync() || !csv.ReadHeader() || csv.HeaderRecord is null
            || !CsvHeader.Take(6).All(h => csv.HeaderRecord.Contains(h, StringComparer.OrdinalIgnoreCase)))
        {
            return (rows, $"The first line must be the header: {string.Join(',', CsvHeader)}.");
        }
        var header = csv.HeaderRecord;
        int Column(string name) => Array.FindIndex(header, c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
        int period = Column("period"), orgUnit = Column("orgUnit"), dataElement = Column("dataElement"), city = Column("city"),
            enterprise = Column("enterprise"), value = Column("value"), comment = Column("comment");
        while (await csv.ReadAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows.Add(new ImportRow(rows.Count + 1, Field(csv, period), Field(csv, orgUnit), Field(csv, dataElement), Field(csv, city), Field(csv, enterprise),
                Field(csv, value), Field(csv, comment)));
        }
        return (rows, null);
    }

    public static async Task<(List<ImportRow> Rows, string? Error)> ReadDataValueSetsAsync(Stream body, CancellationToken cancellationToken)
    {
        var rows = new List<ImportRow>();
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        }
        catch (JsonException ex)
        {
            return (rows, $"The document is not JSON: {ex.Message}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("dataValues", out var values) || values.ValueKind != JsonValueKind.Array)
            {
                return (rows, "A dataValueSets document is an object with a \"dataValues\" array.");
            }
            var period = Text(document.RootElement, "period");
            var orgUnit = Text(document.RootElement, "orgUnit");
            foreach (var value in values.EnumerateArray())
            {
                rows.Add(value.ValueKind == JsonValueKind.Object
                    ? new ImportRow(rows.Count + 1, Text(value, "period") ?? period, Text(value, "orgUnit") ?? orgUnit, Text(value, "dataElement"),
                        Text(value, "city"), Text(value, "enterprise"), Text(value, "value"), Text(value, "comment"))
                    : new ImportRow(rows.Count + 1, period, orgUnit, null, null, null, null, null));
            }
        }
        return (rows, null);
    }

    /// <remarks>Straight from the parser (already trimmed): a text field needs none of the reader's type conversion.</remarks>
    private static string? Field(CsvReader csv, int index) =>
        index >= 0 && index < csv.Parser.Count && csv.Parser[index] is { Length: > 0 } value ? value : null;

    /// <summary>DHIS2 sends values as strings; numbers are accepted too, kept exactly as written.</summary>
    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var property) ? property.ValueKind switch
        {
            JsonValueKind.String => property.GetString() is { Length: > 0 } s ? s.Trim() : null,
            JsonValueKind.Number => property.GetRawText(),
            JsonValueKind.Null => null,
            _ => $"<{property.ValueKind}>",
        } : null;
}

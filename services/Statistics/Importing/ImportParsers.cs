using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace PromoMonth.Statistics.Importing;

/// <summary>
/// Reads the two import formats into rows: a CSV file with the header
/// <c>period,orgUnit,dataElement,city,enterprise,value,comment</c>, or a DHIS2-style <c>dataValueSets</c> document
/// (<c>{ "period", "orgUnit", "dataValues": [{ "dataElement", "period", "orgUnit", "value", "comment" }] }</c>, with
/// optional <c>city</c> and <c>enterprise</c> per value for the breakdowns; a value's own period and orgUnit win over
/// the document's). Both stream row by row, so a whole campaign's file is read once and never held whole, and both stop at
/// the row cap (<see cref="ImportTooLargeException"/>).
/// </summary>
public static class ImportParsers
{
    public static readonly string[] CsvHeader = ["period", "orgUnit", "dataElement", "city", "enterprise", "value", "comment"];

    public static async Task<(List<ImportRow> Rows, string? Error)> ReadCsvAsync(
        Stream body, int maxRows, CancellationToken cancellationToken)
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
            if (rows.Count >= maxRows)
            {
                throw new ImportTooLargeException($"An import file has at most {maxRows} values.");
            }
            rows.Add(new ImportRow(rows.Count + 1, Field(csv, period), Field(csv, orgUnit), Field(csv, dataElement), Field(csv, city),
                Field(csv, enterprise),
                Field(csv, value), Field(csv, comment)));
        }
        return (rows, null);
    }

    public static Task<(List<ImportRow> Rows, string? Error)> ReadDataValueSetsAsync(
        Stream body, int maxRows, CancellationToken cancellationToken) =>
        new DataValueSetsReader(maxRows).ReadAsync(body, cancellationToken);

    /// <remarks>Straight from the parser (already trimmed): a text field needs none of the reader's type conversion.</remarks>
    private static string? Field(CsvReader csv, int index) =>
        index >= 0 && index < csv.Parser.Count && csv.Parser[index] is { Length: > 0 } value ? value : null;
}

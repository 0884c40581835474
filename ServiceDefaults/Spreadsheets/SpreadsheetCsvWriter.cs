using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace PromoMonth.ServiceDefaults.Spreadsheets;

/// <summary>
/// The CSV writer of every export: every text field goes through <see cref="SpreadsheetText.Neutralise"/> and a
/// neutralised field is always quoted; a field written as a number (a negative one too) stays a number.
/// </summary>
/// <remarks>CsvHelper's own injection escaping is not used: it would also turn a negative number into text.</remarks>
public sealed class SpreadsheetCsvWriter(TextWriter writer) : CsvWriter(writer, ExportConfiguration)
{
    private static readonly CsvConfiguration ExportConfiguration = new(CultureInfo.InvariantCulture)
    {
        ShouldQuote = args => ConfigurationFunctions.ShouldQuote(args) || SpreadsheetText.IsNeutralised(args.Field),
    };

    // Set while a typed value (a record member, WriteField<T>) is written, so a number's text is left alone.
    private bool writingNumber;

    public override void WriteConvertedField(string? field, Type fieldType)
    {
        writingNumber = SpreadsheetText.IsNumber(fieldType);
        try
        {
            base.WriteConvertedField(field, fieldType);
        }
        finally
        {
            writingNumber = false;
        }
    }

    public override void WriteField(string? field) => base.WriteField(writingNumber ? field : SpreadsheetText.Neutralise(field));
}

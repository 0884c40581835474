namespace PromoMonth.ServiceDefaults.Spreadsheets;

/// <summary>
/// One cell of an export. Text is always neutralised against formula injection (a code is text too, so 000000 keeps
/// its zeros); a number is always a numeric cell with a display format; a status is a word with a colour.
/// </summary>
public readonly record struct XlsxCell
{
    private XlsxCell(XlsxCellKind kind, string? text, decimal? number, XlsxFormat format, XlsxTone tone)
    {
        Kind = kind;
        TextValue = text;
        Number = number;
        Format = format;
        Tone = tone;
    }

    public XlsxCellKind Kind { get; }

    public string? TextValue { get; }

    public decimal? Number { get; }

    public XlsxFormat Format { get; }

    public XlsxTone Tone { get; }

    public static XlsxCell Empty => new(XlsxCellKind.Text, null, null, XlsxFormat.General, XlsxTone.Neutral);

    /// <summary>Text, neutralised; an empty text is an empty cell (readers disagree on whether "" is a value).</summary>
    public static XlsxCell Text(string? text) =>
        new(XlsxCellKind.Text, string.IsNullOrEmpty(text) ? null : SpreadsheetText.Neutralise(text), null, XlsxFormat.General,
            XlsxTone.Neutral);

    /// <summary>A number (empty when null) shown in <paramref name="format"/>.</summary>
    public static XlsxCell Numeric(decimal? value, XlsxFormat format = XlsxFormat.General) =>
        new(XlsxCellKind.Number, null, value, format, XlsxTone.Neutral);

    /// <summary>A column's heading: bold on grey, wrapped.</summary>
    public static XlsxCell Header(string text) =>
        new(XlsxCellKind.Header, SpreadsheetText.Neutralise(text), null, XlsxFormat.General, XlsxTone.Neutral);

    /// <summary>A report's title line, bold and larger; it overflows into the empty cells beside it.</summary>
    public static XlsxCell Title(string text) =>
        new(XlsxCellKind.Title, SpreadsheetText.Neutralise(text), null, XlsxFormat.General, XlsxTone.Neutral);

    /// <summary>A label in bold, e.g. the national total row's first cells.</summary>
    public static XlsxCell Strong(string text) =>
        new(XlsxCellKind.Strong, SpreadsheetText.Neutralise(text), null, XlsxFormat.General, XlsxTone.Neutral);

    /// <summary>A status in words on its colour (on time, late, missing).</summary>
    public static XlsxCell Status(string words, XlsxTone tone) =>
        new(XlsxCellKind.Status, SpreadsheetText.Neutralise(words), null, XlsxFormat.General, tone);
}

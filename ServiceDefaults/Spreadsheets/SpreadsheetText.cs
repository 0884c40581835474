using System.Buffers;

namespace PromoMonth.ServiceDefaults.Spreadsheets;

/// <summary>
/// Neutralises partner-supplied text before it reaches a spreadsheet (CSV, XLSX), as OWASP recommends against formula
/// injection: a cell that starts with = + - @, a tab or a carriage return gets a leading single quote, so Excel and
/// LibreOffice show it as text instead of evaluating it. Numbers written as numbers are never passed through here.
/// </summary>
public static class SpreadsheetText
{
    public const char Escape = '\'';

    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    /// <summary>Whether a spreadsheet would read <paramref name="text"/> as a formula (or as the start of one).</summary>
    public static bool StartsFormula(string? text) => text is { Length: > 0 } && FormulaStarts.Contains(text[0]);

    /// <summary>The text with a leading single quote when it starts like a formula; any other text as it came.</summary>
    public static string? Neutralise(string? text) => StartsFormula(text) ? Escape + text : text;

    /// <summary>Whether <paramref name="text"/> is a neutralised formula-like text (CSV keeps such a field quoted).</summary>
    public static bool IsNeutralised(string? text) => text is { Length: > 1 } && text[0] == Escape && FormulaStarts.Contains(text[1]);

    /// <summary>Whether values of <paramref name="type"/> are numbers, written as numbers and left as they are.</summary>
    public static bool IsNumber(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t
        && (t == typeof(decimal) || t == typeof(double) || t == typeof(float) || t == typeof(int) || t == typeof(long)
            || t == typeof(short) || t == typeof(byte) || t == typeof(uint) || t == typeof(ulong) || t == typeof(ushort)
            || t == typeof(sbyte));
}

namespace PromoMonth.Statistics.Importing;

/// <summary>One data value of an import file, as written (row 1 is the first value; the CSV header is row 0).</summary>
public sealed record ImportRow(int Row, string? Period, string? OrgUnit, string? DataElement, string? City, string? Enterprise,
    string? Value, string? Comment);

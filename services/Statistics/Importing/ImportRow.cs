namespace PromoMonth.Statistics.Importing;

/// <summary>One data value of an import file, as written (row 1 is the first value; the CSV header is row 0).</summary>
public sealed record ImportRow(int Row, string? Period, string? OrgUnit, string? DataElement, string? City, string? Enterprise,
    string? Value, string? Comment);

/// <summary>A row the import refused, with why; the file is refused whole when there is any.</summary>
public sealed record RejectedRow(int Row, string? Period, string? OrgUnit, string? DataElement, string Reason);

public sealed record ImportSummary(int Reports, int Values, int Created, int Replaced);

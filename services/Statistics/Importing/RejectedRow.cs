namespace PromoMonth.Statistics.Importing;

/// <summary>A row the import refused, with why; the file is refused whole when there is any.</summary>
public sealed record RejectedRow(int Row, string? Period, string? OrgUnit, string? DataElement, string Reason);

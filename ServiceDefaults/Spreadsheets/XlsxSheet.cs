namespace PromoMonth.ServiceDefaults.Spreadsheets;

/// <summary>
/// One worksheet: its rows top to bottom, and how many rows (title block and header) and columns (the row labels)
/// stay frozen while the reader scrolls. The last frozen row is the table's header: the widths fit it and the rows below.
/// </summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<IReadOnlyList<XlsxCell>> Rows, int FrozenRows = 0, int FrozenColumns = 0);

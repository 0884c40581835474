using System.Drawing;
using System.Globalization;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace PromoMonth.ServiceDefaults.Spreadsheets;

/// <summary>
/// Writes every XLSX export. SpreadCheetah writes the package as Excel does (unprefixed SpreadsheetML), which Excel,
/// LibreOffice, SheetJS and exceljs all open; this class adds what every export shares: the cells' styles, the frozen
/// panes, and column widths that fit what the columns hold.
/// </summary>
public static class XlsxWorkbook
{
    private const double MinWidth = 6;
    private const double MaxWidth = 48;
    // A heading wraps instead of widening its column past this many characters.
    private const int HeaderWrapAt = 16;

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // exceljs reads a cell only by its reference, which the format leaves optional and SpreadCheetah omits by default.
    private static readonly SpreadCheetahOptions Options = new() { WriteCellReferenceAttributes = true };

    public static async Task<byte[]> WriteAsync(IEnumerable<XlsxSheet> sheets, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(buffer, Options, cancellationToken))
        {
            var styles = new XlsxStyles(spreadsheet);
            foreach (var sheet in sheets)
            {
                await spreadsheet.StartWorksheetAsync(sheet.Name, SheetOptions(sheet), cancellationToken);
                foreach (var row in sheet.Rows)
                {
                    await spreadsheet.AddRowAsync([.. row.Select(styles.Styled)], cancellationToken);
                }
            }
            await spreadsheet.FinishAsync(cancellationToken);
        }
        return buffer.ToArray();
    }

    private static WorksheetOptions SheetOptions(XlsxSheet sheet)
    {
        var options = new WorksheetOptions
        {
            FrozenRows = sheet.FrozenRows > 0 ? sheet.FrozenRows : null,
            FrozenColumns = sheet.FrozenColumns > 0 ? sheet.FrozenColumns : null,
        };
        // The table decides the widths: a title block above its header row overflows into the empty cells beside it.
        var table = sheet.Rows.Skip(Math.Max(sheet.FrozenRows - 1, 0)).ToList();
        var columns = table.Count == 0 ? 0 : table.Max(r => r.Count);
        for (var column = 0; column < columns; column++)
        {
            var widest = table.Where(r => column < r.Count).Select(r => Width(r[column])).DefaultIfEmpty(0).Max();
            options.Column(column + 1).Width = Math.Clamp(widest + 2, MinWidth, MaxWidth);
        }
        return options;
    }

    /// <summary>How many character widths a cell needs: a CJK character takes two, a title overflows and needs none.</summary>
    private static double Width(XlsxCell cell) => cell.Kind switch
    {
        XlsxCellKind.Title => 0,
        XlsxCellKind.Number => Shown(cell).Length,
        XlsxCellKind.Header => Math.Min(TextWidth(cell.TextValue), HeaderWrapAt),
        _ => TextWidth(cell.TextValue),
    };

    private static double TextWidth(string? text) => text?.Sum(c => c >= '\u2E80' ? 2 : 1) ?? 0;

    private static string Shown(XlsxCell cell) => cell.Number is not { } number
        ? ""
        : cell.Format switch
        {
            XlsxFormat.Count => number.ToString("#,##0", CultureInfo.InvariantCulture),
            XlsxFormat.Yuan => number.ToString("#,##0.00", CultureInfo.InvariantCulture),
            XlsxFormat.Percent => (number * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%",
            _ => number.ToString(CultureInfo.InvariantCulture),
        };

    /// <summary>The styles of one workbook, each added once when first used.</summary>
    private sealed class XlsxStyles(Spreadsheet spreadsheet)
    {
        private readonly Dictionary<(XlsxCellKind, XlsxFormat, XlsxTone), StyleId?> _ids = [];

        public StyledCell Styled(XlsxCell cell)
        {
            var key = (cell.Kind, cell.Format, cell.Tone);
            if (!_ids.TryGetValue(key, out var id))
            {
                id = Style(cell) is { } style ? spreadsheet.AddStyle(style) : null;
                _ids[key] = id;
            }
            return cell.Kind == XlsxCellKind.Number ? new StyledCell(cell.Number, id) : new StyledCell(cell.TextValue, id);
        }

        private static Style? Style(XlsxCell cell) => cell.Kind switch
        {
            XlsxCellKind.Header => new Style
            {
                Font = { Bold = true },
                Fill = { Color = Color.FromArgb(0xD9, 0xE1, 0xF2) },
                Alignment = { WrapText = true, Vertical = VerticalAlignment.Center },
            },
            XlsxCellKind.Title => new Style { Font = { Bold = true, Size = 14 } },
            XlsxCellKind.Strong => new Style { Font = { Bold = true } },
            XlsxCellKind.Status => Status(cell.Tone),
            XlsxCellKind.Number => cell.Format switch
            {
                XlsxFormat.Count => new Style { Format = NumberFormat.Custom("#,##0") },
                XlsxFormat.Yuan => new Style { Format = NumberFormat.Custom("#,##0.00") },
                XlsxFormat.Percent => new Style { Format = NumberFormat.Custom("0.0%") },
                _ => null,
            },
            _ => null,
        };

        // Excel's own "good", "neutral" and "bad" cell colours, which officers already know.
        private static Style? Status(XlsxTone tone) => tone switch
        {
            XlsxTone.Good => Coloured(Color.FromArgb(0xC6, 0xEF, 0xCE), Color.FromArgb(0x00, 0x61, 0x00)),
            XlsxTone.Warning => Coloured(Color.FromArgb(0xFF, 0xEB, 0x9C), Color.FromArgb(0x9C, 0x57, 0x00)),
            XlsxTone.Bad => Coloured(Color.FromArgb(0xFF, 0xC7, 0xCE), Color.FromArgb(0x9C, 0x00, 0x06)),
            _ => null,
        };

        private static Style Coloured(Color fill, Color text) => new() { Fill = { Color = fill }, Font = { Color = text } };
    }
}

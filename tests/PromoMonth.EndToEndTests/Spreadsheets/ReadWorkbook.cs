using System.Globalization;
using System.Text.Json;

namespace PromoMonth.EndToEndTests.Spreadsheets;

/// <summary>What exceljs and SheetJS read from one workbook; every accessor checks that the two readers agree.</summary>
internal sealed class ReadWorkbook(string path, JsonElement readers)
{
    public string Path => path;

    public IReadOnlyList<string> SheetNames
    {
        get
        {
            var exceljs = readers.GetProperty("exceljs").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToList();
            var sheetjs = readers.GetProperty("sheetjs").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToList();
            Assert.Equal(exceljs, sheetjs);
            return exceljs;
        }
    }

    /// <summary>The frozen rows and columns exceljs reads (SheetJS's free edition does not read views).</summary>
    public (int Rows, int Columns) Frozen(string sheet) =>
        Sheet("exceljs", sheet).GetProperty("frozen") is { ValueKind: JsonValueKind.Object } frozen
            ? (frozen.GetProperty("rows").GetInt32(), frozen.GetProperty("columns").GetInt32())
            : (0, 0);

    public double? Width(string sheet, int column) =>
        Sheet("exceljs", sheet).GetProperty("widths").EnumerateArray().ElementAtOrDefault(column - 1)
            is { ValueKind: JsonValueKind.Number } w
            ? w.GetDouble()
            : null;

    /// <summary>A cell's text, or null when empty; both readers must hold it as text.</summary>
    public string? Text(string sheet, string address)
    {
        var (exceljs, sheetjs) = (Cell("exceljs", sheet, address), Cell("sheetjs", sheet, address));
        if (exceljs is null && sheetjs is null)
        {
            return null;
        }
        Assert.True(exceljs?.GetProperty("t").GetString() == "s" && sheetjs?.GetProperty("t").GetString() == "s",
            $"{sheet}!{address} is not text in both readers: exceljs {exceljs}, SheetJS {sheetjs}");
        var text = exceljs.Value.GetProperty("v").GetString();
        Assert.Equal(text, sheetjs.Value.GetProperty("v").GetString());
        return text;
    }

    /// <summary>A cell's number, or null when empty; both readers must hold it as a number, the same one.</summary>
    public decimal? Number(string sheet, string address)
    {
        var (exceljs, sheetjs) = (Cell("exceljs", sheet, address), Cell("sheetjs", sheet, address));
        if (exceljs is null && sheetjs is null)
        {
            return null;
        }
        Assert.True(exceljs?.GetProperty("t").GetString() == "n" && sheetjs?.GetProperty("t").GetString() == "n",
            $"{sheet}!{address} is not a number in both readers: exceljs {exceljs}, SheetJS {sheetjs}");
        var number = exceljs.Value.GetProperty("v").GetDecimal();
        Assert.Equal(number, sheetjs.Value.GetProperty("v").GetDecimal());
        return number;
    }

    /// <summary>A cell's number format as both readers see it.</summary>
    public string? Format(string sheet, string address)
    {
        var exceljs = Cell("exceljs", sheet, address)?.GetProperty("z").GetString();
        var sheetjs = Cell("sheetjs", sheet, address)?.GetProperty("z").GetString();
        Assert.Equal(exceljs, sheetjs);
        return exceljs;
    }

    /// <summary>The fill colour exceljs reads (ARGB), or null.</summary>
    public string? Fill(string sheet, string address) => Cell("exceljs", sheet, address)?.GetProperty("fill").GetString();

    /// <summary>Every address of a sheet that holds a value, in both readers (they must list the same ones).</summary>
    public IReadOnlySet<string> Addresses(string sheet)
    {
        var exceljs = Sheet("exceljs", sheet).GetProperty("cells").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var sheetjs = Sheet("sheetjs", sheet).GetProperty("cells").EnumerateObject()
            .Where(p => p.Value.GetProperty("t").GetString() != "z").Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        Assert.True(exceljs.SetEquals(sheetjs), $"{sheet}: the readers see different cells: {string.Join(",", exceljs.Except(sheetjs))} / "
            + string.Join(",", sheetjs.Except(exceljs)));
        return exceljs;
    }

    /// <summary>The last row that holds anything.</summary>
    public int LastRow(string sheet) => Addresses(sheet).Max(RowOf);

    public static int RowOf(string address) =>
        int.Parse(address.AsSpan(address.TakeWhile(char.IsAsciiLetter).Count()), CultureInfo.InvariantCulture);

    public static string Column(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }
        return name;
    }

    private JsonElement Sheet(string reader, string name) =>
        readers.GetProperty(reader).EnumerateArray().SingleOrDefault(s => s.GetProperty("name").GetString() == name) is
        { ValueKind: JsonValueKind.Object } sheet
            ? sheet
            : throw new Xunit.Sdk.XunitException($"{reader} finds no sheet {name} in {System.IO.Path.GetFileName(path)}");

    private JsonElement? Cell(string reader, string sheet, string address) =>
        Sheet(reader, sheet).GetProperty("cells").TryGetProperty(address, out var cell) ? cell : null;
}

using System.Text.Json;

namespace PromoMonth.EndToEndTests.Spreadsheets;

/// <summary>
/// Opens an export as the officers' and partners' tools do: exceljs and SheetJS (tests/spreadsheets, installed by the
/// setup script), and LibreOffice headless. Each file (and a rendering) is kept beside the browser test's screenshots.
/// </summary>
internal static class SpreadsheetReaders
{
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults")).FullName;

    /// <summary>Saves the file and opens it with both JavaScript readers; fails with a reader's error if either cannot.</summary>
    public static async Task<ReadWorkbook> OpenAsync(byte[] xlsx, string name)
    {
        var path = Path.Combine(Artifacts, name);
        await File.WriteAllBytesAsync(path, xlsx);
        var (exitCode, output, error) = await ProcessRunner.RunAsync(
            "node", Path.Combine(ProcessRunner.RepositoryRoot(), "tests", "spreadsheets"), ["read.mjs", path]);
        Assert.True(exitCode == 0, $"exceljs or SheetJS could not open {name}: {error}");
        return new ReadWorkbook(path, JsonDocument.Parse(output).RootElement.Clone());
    }

    /// <summary>LibreOffice's reading of the first sheet, converted to CSV (UTF-8).</summary>
    public static async Task<string> LibreOfficeCsvAsync(string path)
    {
        var output = Directory.CreateDirectory(Path.Combine(Artifacts, $"libreoffice-{Guid.NewGuid():N}")).FullName;
        await SofficeAsync(output, "csv:Text - txt - csv (StarCalc):44,34,76,1", path);
        return await File.ReadAllTextAsync(Path.Combine(output, Path.ChangeExtension(Path.GetFileName(path), ".csv")));
    }

    /// <summary>
    /// Renders the workbook as LibreOffice reads it (its HTML export, every sheet, colours included) in headless
    /// Chromium, to a PNG beside the file.
    /// </summary>
    public static async Task<string> RenderAsync(string path)
    {
        var output = Directory.CreateDirectory(Path.Combine(Artifacts, $"libreoffice-{Guid.NewGuid():N}")).FullName;
        await SofficeAsync(output, "html", path);
        var html = Path.Combine(output, Path.ChangeExtension(Path.GetFileName(path), ".html"));
        var png = Path.ChangeExtension(path, ".png");
        await HeadlessChromium.RunAsync(new Uri(html).AbsoluteUri, "1800,1100", $"--screenshot={png}");
        Assert.True(File.Exists(png), $"Chromium rendered nothing for {html}");
        return png;
    }

    private static async Task SofficeAsync(string output, string format, string path)
    {
        // A profile of its own, so a run never waits on another LibreOffice's lock.
        var profile = new Uri(Path.Combine(output, "profile")).AbsoluteUri;
        var (exitCode, stdout, error) = await ProcessRunner.RunAsync("soffice", output,
            [$"-env:UserInstallation={profile}", "--headless", "--convert-to", format, "--outdir", output, path]);
        Assert.True(exitCode == 0 && Directory.EnumerateFiles(output).Any(),
            $"LibreOffice could not convert {Path.GetFileName(path)} to {format}: {stdout} {error}");
    }
}

namespace PromoMonth.UnitTests.Conventions;

/// <summary>
/// What .editorconfig asks of every source file and the compiler cannot check: lines a reviewer reads side by side,
/// and comments that point only at what the repository holds.
/// </summary>
public sealed class SourceReadingTests
{
    private const int MaxLineLength = 140;

    [Fact]
    public void No_source_line_is_longer_than_140_characters()
    {
        var findings = SourceFiles()
            .SelectMany(file => File.ReadLines(file.Path).Select((line, index) => (file.Relative, Line: index + 1, line.Length)))
            .Where(line => line.Length > MaxLineLength)
            .Select(line => $"{line.Relative}:{line.Line} has {line.Length} characters")
            .ToList();
        var listed = string.Join(Environment.NewLine, findings.Take(50));
        Assert.True(findings.Count == 0, $"{findings.Count} lines over {MaxLineLength}:{Environment.NewLine}{listed}");
    }

    [Fact]
    public void No_comment_cites_a_design_document_outside_the_repository()
    {
        var root = RepositoryRoot();
        var hasDesign = File.Exists(Path.Combine(root, "DESIGN.md"));
        var findings = SourceFiles()
            .Where(file => !hasDesign && CitesDesign(File.ReadAllText(file.Path)))
            .Select(file => file.Relative)
            .Where(relative => !relative.EndsWith(nameof(SourceReadingTests) + ".cs", StringComparison.Ordinal))
            .ToList();
        Assert.True(findings.Count == 0, "Cites DESIGN.md, which is not in the repository: " + string.Join(", ", findings));
    }

    private static bool CitesDesign(string text) =>
        text.Contains("DESIGN.md", StringComparison.Ordinal) || text.Contains("DESIGN:", StringComparison.Ordinal)
        || text.Contains("of DESIGN", StringComparison.Ordinal);

    /// <summary>Hand-written C# only: EF's generated migrations are left as the tool writes them.</summary>
    private static IEnumerable<(string Path, string Relative)> SourceFiles()
    {
        var root = RepositoryRoot();
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(path => (Path: path, Relative: System.IO.Path.GetRelativePath(root, path).Replace('\\', '/')))
            .Where(file => !file.Relative.Split('/').Any(part => part is "bin" or "obj" or ".git" or "Migrations" or "node_modules"));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PromoMonth.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("PromoMonth.sln not found above the test assembly.");
    }
}

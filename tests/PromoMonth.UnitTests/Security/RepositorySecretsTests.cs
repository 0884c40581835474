namespace PromoMonth.UnitTests.Security;

/// <summary>No secret lives in the repository, apart from the Development defaults a fresh clone needs to run.</summary>
public sealed class RepositorySecretsTests
{
    private static readonly string[] Scanned =
        [".cs", ".json", ".sh", ".props", ".csproj", ".md", ".yml", ".yaml", ".conf", ".template", ".py", ".lua", ".sql"];

    [Fact]
    public void No_private_key_or_non_development_password_is_committed()
    {
        var root = RepositoryRoot();
        var findings = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                     .Where(f => Scanned.Contains(Path.GetExtension(f)) && !IsGenerated(f, root)))
        {
            var text = File.ReadAllText(file);
            var relative = Path.GetRelativePath(root, file);
            if (text.Contains("-----BEGIN", StringComparison.Ordinal) && text.Contains("PRIVATE KEY-----", StringComparison.Ordinal)
                && !relative.EndsWith("RepositorySecretsTests.cs", StringComparison.Ordinal))
            {
                findings.Add($"{relative}: a private key");
            }
            if (relative.StartsWith("AppHost", StringComparison.Ordinal) && relative.EndsWith(".json", StringComparison.Ordinal)
                && !relative.EndsWith(".Development.json", StringComparison.Ordinal)
                && text.Contains("password", StringComparison.OrdinalIgnoreCase)
                && !relative.Contains("launchSettings", StringComparison.Ordinal))
            {
                findings.Add($"{relative}: a password outside the Development settings");
            }
        }
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }

    private static bool IsGenerated(string file, string root)
    {
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        return relative.Split('/').Any(part => part is "bin" or "obj" or "node_modules" or ".git" or ".state" or "results");
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

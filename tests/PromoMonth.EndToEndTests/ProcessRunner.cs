using System.Diagnostics;

namespace PromoMonth.EndToEndTests;

/// <summary>Runs the outside tools the tests use (Node.js, LibreOffice, Chromium) and answers what they printed.</summary>
internal static class ProcessRunner
{
    public static async Task<ProcessOutput> RunAsync(string program, string? directory, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (directory is not null)
        {
            start.WorkingDirectory = directory;
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);
        return new ProcessOutput(process.ExitCode, await output, await error);
    }

    /// <summary>The repository's root: the folder with PromoMonth.sln above the test assembly.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PromoMonth.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("PromoMonth.sln not found");
    }
}

internal sealed record ProcessOutput(int ExitCode, string Output, string Error);

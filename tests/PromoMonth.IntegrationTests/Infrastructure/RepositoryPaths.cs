namespace PromoMonth.IntegrationTests.Infrastructure;

internal static class RepositoryPaths
{
    /// <summary>The checkout's root, found from the test binaries, so the tests use the AppHost's own launch scripts.</summary>
    public static string Root { get; } = FindRoot();

    public static string InfraScript(string name) => Path.Combine(Root, "AppHost", "infra", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PromoMonth.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("PromoMonth.sln not found above " + AppContext.BaseDirectory);
    }
}

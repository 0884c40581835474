namespace PromoMonth.Gateway;

public sealed class RequestBodyLimitOptions
{
    /// <summary>Large enough for a logo or a catalog document; services apply tighter limits per route.</summary>
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>A whole campaign's daily statistics comes in one file: the same cap as Statistics:Import:MaxBytes.</summary>
    public const long DefaultImportMaxBytes = 96 * 1024 * 1024;

    public const string ImportPath = "/api/statistics/imports";

    public long MaxBytes { get; set; } = DefaultMaxBytes;

    public long ImportMaxBytes { get; set; } = DefaultImportMaxBytes;

    public long LimitFor(PathString path) =>
        path.StartsWithSegments(ImportPath, StringComparison.OrdinalIgnoreCase) ? ImportMaxBytes : MaxBytes;
}

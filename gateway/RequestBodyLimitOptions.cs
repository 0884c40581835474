namespace PromoMonth.Gateway;

public sealed class RequestBodyLimitOptions
{
    /// <summary>Large enough for a logo or a bulk statistics import; services apply tighter limits per route.</summary>
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    public long MaxBytes { get; set; } = DefaultMaxBytes;
}

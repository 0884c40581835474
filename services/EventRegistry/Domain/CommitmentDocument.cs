namespace PromoMonth.EventRegistry.Domain;

/// <summary>The scanned commitment letter itself, kept apart so that enterprise reads never load the bytes.</summary>
public sealed class CommitmentDocument
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public Guid EnterpriseId { get; init; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }

    /// <summary>The type the bytes really are (PDF, PNG or JPEG), whatever the client declared; null for anything else.</summary>
    public static string? SniffContentType(ReadOnlySpan<byte> content) => content switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => "application/pdf",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        _ => null,
    };
}

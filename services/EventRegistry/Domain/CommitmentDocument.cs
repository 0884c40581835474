namespace PromoMonth.EventRegistry.Domain;

/// <summary>The scanned commitment letter itself, kept apart so that enterprise reads never load the bytes.</summary>
public sealed class CommitmentDocument
{
    public const long MaxBytes = 5 * 1024 * 1024;

    private CommitmentDocument()
    {
    }

    public Guid EnterpriseId { get; private init; }
    public string ContentType { get; private set; } = string.Empty;
    public byte[] Content { get; private set; } = [];

    public static CommitmentDocument Of(Guid enterpriseId, string contentType, byte[] content) =>
        new() { EnterpriseId = enterpriseId, ContentType = contentType, Content = content };

    /// <summary>A new scan replaces the one before.</summary>
    public void Replace(string contentType, byte[] content)
    {
        ContentType = contentType;
        Content = content;
    }

    /// <summary>The type the bytes really are (PDF, PNG or JPEG), whatever the client declared; null for anything else.</summary>
    public static string? SniffContentType(ReadOnlySpan<byte> content) => content switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => "application/pdf",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        _ => null,
    };
}

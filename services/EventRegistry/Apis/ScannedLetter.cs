using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;
using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>The uploaded scan of a commitment letter: its bytes, and the type they really are.</summary>
public sealed record ScannedLetter(string ContentType, byte[] Content)
{
    private static readonly string TooLarge = $"The scanned letter has at most {CommitmentDocument.MaxBytes / 1024 / 1024} MB.";

    /// <summary>Reads the body: at most 5 MB (413), a PDF, PNG or JPEG by its bytes whatever was declared (415).</summary>
    public static async Task<Upload> ReadAsync(
        HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > CommitmentDocument.MaxBytes)
        {
            return new Upload(null, TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: TooLarge));
        }
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > CommitmentDocument.MaxBytes)
        {
            return new Upload(null, TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: TooLarge));
        }
        var content = buffer.ToArray();
        if (CommitmentDocument.SniffContentType(content) is not { } sniffed)
        {
            return new Upload(null, TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "The scanned letter is a PDF, PNG or JPEG file.",
                detail: $"The bytes sent are none of these (declared: {request.ContentType ?? "nothing"})."));
        }
        return new Upload(new ScannedLetter(sniffed, content), null);
    }

    /// <summary>What reading the body gave: the scan, or why it is refused.</summary>
    public sealed record Upload(ScannedLetter? Letter, ProblemHttpResult? Refusal)
    {
        public bool IsReadable([NotNullWhen(true)] out ScannedLetter? letter, [NotNullWhen(false)] out ProblemHttpResult? refusal)
        {
            (letter, refusal) = (Letter, Refusal);
            return letter is not null && refusal is null;
        }
    }
}

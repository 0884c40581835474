namespace PromoMonth.EventRegistry.Domain;

/// <summary>The three pledges of the notice, who signed them and when; the scanned copy is optional.</summary>
public sealed record CommitmentLetter(
    bool Safety,
    bool Integrity,
    bool SelfDiscipline,
    string Signatory,
    string SignatoryTitle,
    DateOnly SignedOn,
    DateTimeOffset RecordedAt)
{
    public CommitmentDocumentInfo? Document { get; init; }
}

/// <summary>What the enterprise record keeps of the scanned letter: its type, size and upload time (the bytes live apart).</summary>
public sealed record CommitmentDocumentInfo(string ContentType, long SizeBytes, DateTimeOffset UploadedAt);

using PromoMonth.ServiceDefaults.OpenApi;
namespace PromoMonth.Statistics.Apis;

public sealed record DecisionRequest(string? Note) : IDocumentedExample<DecisionRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static DecisionRequest Example => new("核对原始台账无误，同意更正。");

    public const int MaxNoteLength = 2000;

    /// <summary>The note as kept: trimmed, cut at 2,000 characters, none when blank.</summary>
    public static string? NoteOf(DecisionRequest? request) =>
        request?.Note?.Trim() is { Length: > 0 } note ? note[..Math.Min(note.Length, MaxNoteLength)] : null;
}

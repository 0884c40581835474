using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Complaints.Apis;

/// <summary>The body of a resolution: its outcome, in words.</summary>
public sealed record TextRequest(string? Text)
{
    public Validated<string> Validate() =>
        string.IsNullOrWhiteSpace(Text)
            ? Validated.Invalid<string>(RequestErrors.Of("text", "The outcome is required."))
            : Validated.Valid(Text.Trim());
}

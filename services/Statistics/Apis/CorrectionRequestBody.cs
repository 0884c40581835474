using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Statistics.Apis;

public sealed record CorrectionRequestBody(string? Reason)
{
    public const int MaxReasonLength = 2000;

    /// <summary>The reason, trimmed: required, and at most 2,000 characters.</summary>
    public Validated<string> Validate() => string.IsNullOrWhiteSpace(Reason) || Reason.Length > MaxReasonLength
        ? Validated.Invalid<string>(RequestErrors.Of("reason", "A reason of at most 2,000 characters is required."))
        : Validated.Valid(Reason.Trim());
}

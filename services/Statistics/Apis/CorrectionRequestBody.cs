using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.Statistics.Apis;

public sealed record CorrectionRequestBody(string? Reason) : IDocumentedExample<CorrectionRequestBody>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static CorrectionRequestBody Example => new("9月12日汽车零售额误录为万元，应为元。");

    public const int MaxReasonLength = 2000;

    /// <summary>The reason, trimmed: required, and at most 2,000 characters.</summary>
    public Validated<string> Validate() => string.IsNullOrWhiteSpace(Reason) || Reason.Length > MaxReasonLength
        ? Validated.Invalid<string>(RequestErrors.Of("reason", "A reason of at most 2,000 characters is required."))
        : Validated.Valid(Reason.Trim());
}

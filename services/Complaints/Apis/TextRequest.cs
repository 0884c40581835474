using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.Complaints.Apis;

/// <summary>The body of a resolution: its outcome, in words.</summary>
public sealed record TextRequest(string? Text) : IDocumentedExample<TextRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static TextRequest Example => new("经调解，商家按标示价格退还差价并致歉，消费者满意。");

    public Validated<string> Validate() =>
        string.IsNullOrWhiteSpace(Text)
            ? Validated.Invalid<string>(RequestErrors.Of("text", "The outcome is required."))
            : Validated.Valid(Text.Trim());
}

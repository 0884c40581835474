using PromoMonth.ServiceDefaults.OpenApi;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Statistics.Apis;

/// <summary>Why the ministry returns a report or takes back its acceptance: the unit reads it before resubmitting.</summary>
public sealed record ApprovalReasonRequest(string? Reason) : IDocumentedExample<ApprovalReasonRequest>
{
    public const int MaxReasonLength = 2000;

    /// <summary>The example the OpenAPI document shows.</summary>
    public static ApprovalReasonRequest Example => new("重点企业销售额同比增速与分城市数据不一致，请核实后重新报送。");

    /// <summary>The reason, trimmed: required, and at most 2,000 characters.</summary>
    public Validated<string> Validate() => string.IsNullOrWhiteSpace(Reason) || Reason.Length > MaxReasonLength
        ? Validated.Invalid<string>(RequestErrors.Of("reason", "A reason of at most 2,000 characters is required."))
        : Validated.Valid(Reason.Trim());
}

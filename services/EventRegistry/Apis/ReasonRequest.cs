using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>The body of a workflow step that needs a reason (return, cancel).</summary>
public sealed record ReasonRequest(string? Reason) : IDocumentedExample<ReasonRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static ReasonRequest Example => new("活动方案缺少疫情防控措施，请补充后重新提交。");

    /// <summary>The reason, trimmed.</summary>
    public Validated<string> Validate() =>
        string.IsNullOrWhiteSpace(Reason)
            ? Validated.Invalid<string>(RequestErrors.Of("reason", "A reason is required."))
            : Validated.Valid(Reason.Trim());
}

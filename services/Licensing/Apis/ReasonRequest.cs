using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.Licensing.Apis;

/// <summary>The body of a status change: why (kept in the licence's history).</summary>
public sealed record ReasonRequest(string? Reason) : IDocumentedExample<ReasonRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static ReasonRequest Example => new("投诉核实：门店冒用活动标识销售非活动商品。");

    /// <summary>The reason, trimmed, or the field that is missing.</summary>
    public Validated<string> Validate() =>
        string.IsNullOrWhiteSpace(Reason)
            ? Validated.Invalid<string>(RequestErrors.Of("reason", "A reason is required."))
            : Validated.Valid(Reason.Trim());
}

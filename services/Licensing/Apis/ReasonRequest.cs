using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Licensing.Apis;

/// <summary>The body of a status change: why (kept in the licence's history).</summary>
public sealed record ReasonRequest(string? Reason)
{
    /// <summary>The reason, trimmed, or the field that is missing.</summary>
    public Validated<string> Validate() =>
        string.IsNullOrWhiteSpace(Reason)
            ? Validated.Invalid<string>(RequestErrors.Of("reason", "A reason is required."))
            : Validated.Valid(Reason.Trim());
}

using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>The body of a workflow step that needs a reason (return, cancel).</summary>
public sealed record ReasonRequest(string? Reason)
{
    /// <summary>The reason, trimmed.</summary>
    public Validated<string> Validate() =>
        string.IsNullOrWhiteSpace(Reason)
            ? Validated.Invalid<string>(RequestErrors.Of("reason", "A reason is required."))
            : Validated.Valid(Reason.Trim());
}

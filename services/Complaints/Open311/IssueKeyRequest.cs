using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.Complaints.Open311;

/// <summary>The body of POST /api/complaints/open311-keys: the hotline the key is for.</summary>
public sealed record IssueKeyRequest(string? HotlineClientId) : IDocumentedExample<IssueKeyRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static IssueKeyRequest Example => new("hotline-12315");

    public Validated<string> Validate() =>
        HotlineClientId is { } hotline && !string.IsNullOrWhiteSpace(hotline) && hotline.StartsWith("hotline-", StringComparison.Ordinal)
            ? Validated.Valid(hotline)
            : Validated.Invalid<string>(RequestErrors.Of("hotlineClientId", "The hotline's client id (hotline-…) is required."));
}

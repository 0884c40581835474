using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Complaints.Open311;

/// <summary>The body of POST /api/complaints/open311-keys: the hotline the key is for.</summary>
public sealed record IssueKeyRequest(string? HotlineClientId)
{
    public Validated<string> Validate() =>
        HotlineClientId is { } hotline && !string.IsNullOrWhiteSpace(hotline) && hotline.StartsWith("hotline-", StringComparison.Ordinal)
            ? Validated.Valid(hotline)
            : Validated.Invalid<string>(RequestErrors.Of("hotlineClientId", "The hotline's client id (hotline-…) is required."));
}

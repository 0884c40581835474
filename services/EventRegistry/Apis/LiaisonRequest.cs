using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>The body of PUT /api/registry/launch/linkups/{id}/liaison.</summary>
public sealed record LiaisonRequest(string? Name, string? Phone) : IDocumentedExample<LiaisonRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static LiaisonRequest Example => new("陈晓", "13900139000");

    public Validated<(string Name, string Phone)> Validate() =>
        string.IsNullOrWhiteSpace(Name) || string.IsNullOrWhiteSpace(Phone)
            ? Validated.Invalid<(string, string)>(RequestErrors.Of("name", "The liaison's name and phone number are required."))
            : Validated.Valid((Name, Phone));
}

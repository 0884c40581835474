using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>The body of PUT /api/registry/launch/linkups/{id}/liaison.</summary>
public sealed record LiaisonRequest(string? Name, string? Phone)
{
    public Validated<(string Name, string Phone)> Validate() =>
        string.IsNullOrWhiteSpace(Name) || string.IsNullOrWhiteSpace(Phone)
            ? Validated.Invalid<(string, string)>(RequestErrors.Of("name", "The liaison's name and phone number are required."))
            : Validated.Valid((Name, Phone));
}

using System.Text.RegularExpressions;
using PromoMonth.Contracts;
using PromoMonth.Identity.Domain;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Identity.Apis;

/// <summary>The checks on the body of POST /api/identity/clients, in one place.</summary>
internal static partial class NewClientValidation
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,63}$")]
    private static partial Regex ClientIdPattern();

    /// <summary>The registration the endpoint stores, or every field that breaks a rule.</summary>
    public static Validated<ClientRegistration> Validate(this NewClient client)
    {
        var errors = new RequestErrors();
        if (client.ClientId is null || !ClientIdPattern().IsMatch(client.ClientId))
        {
            errors.Add("clientId", "3 to 64 characters: lower-case letters, digits and '-', starting with a letter or digit.");
        }
        if (string.IsNullOrWhiteSpace(client.DisplayName) || client.DisplayName.Length > 200)
        {
            errors.Add("displayName", "A display name of 1 to 200 characters is required.");
        }
        if (client.Kind is null || !ClientKinds.All.Contains(client.Kind))
        {
            errors.Add("kind", $"One of: {string.Join(", ", ClientKinds.All)}.");
        }
        else if (client.Kind == ClientKinds.ReportingUnit && !ReportingUnits.IsKnown(client.RegionCode))
        {
            errors.Add("regionCode", "A reporting unit's client is bound to the 6-digit code of one of the 37 reporting units.");
        }
        else if (client.Kind != ClientKinds.ReportingUnit && client.RegionCode is not null)
        {
            errors.Add("regionCode", "Only reporting-unit clients are bound to a region.");
        }
        if (client.Scopes is not { Length: > 0 } || client.Scopes.Any(s => !Scopes.All.Contains(s)))
        {
            errors.Add("scopes", $"At least one of: {string.Join(", ", Scopes.All)}.");
        }
        if (client.AccessTokenLifetimeSeconds is < 1 or > ClientRegistration.MaxTokenLifetimeSeconds)
        {
            errors.Add("accessTokenLifetimeSeconds", $"Between 1 and {ClientRegistration.MaxTokenLifetimeSeconds} seconds.");
        }
        return client is { ClientId: { } id, DisplayName: { } name, Kind: { } kind, Scopes: { } scopes } && !errors.Any
            ? Validated.Valid(new ClientRegistration(id, name, kind, client.RegionCode, scopes, client.AccessTokenLifetimeSeconds))
            : Validated.Invalid<ClientRegistration>(errors);
    }
}

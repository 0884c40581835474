using System.Globalization;
using System.Text.Json.Nodes;
using PromoMonth.Contracts;
using PromoMonth.Licensing.Domain;

namespace PromoMonth.Licensing.Credentials;

/// <summary>
/// The payloads of the credentials the ministry issues, in the W3C Verifiable Credentials Data Model 2.0 secured with
/// JOSE (VC-JOSE-COSE): the payload is the credential itself. The registered JWT claims are added beside it, equal to
/// the credential's own, so that any JWT library checks the issuer and the validity without knowing VCs.
/// </summary>
public static class CredentialClaims
{
    /// <summary>The base context; terms it does not define fall under its issuer-dependent vocabulary.</summary>
    public const string Context = "https://www.w3.org/ns/credentials/v2";

    /// <summary>The licence credential's own type, beside VerifiableCredential.</summary>
    public const string LicenceType = "PromotionMarkLicence";

    public static JsonObject ForLicence(LicenceCredentialFacts facts, CredentialAddresses addresses, string issuerName)
    {
        var position = new StatusListPosition(facts.StatusPosition);
        var unit = facts.GrantingUnit is { } code ? ReportingUnits.Find(code) : null;
        JsonObject licensee = facts.LicenseeKind == LicenseeKind.Activity
            ? new() { ["kind"] = "activity", ["name"] = facts.LicenseePublicName, ["activityId"] = facts.LicenseeId.ToString() }
            : new() { ["kind"] = "enterprise", ["name"] = facts.LicenseePublicName, ["creditCode"] = facts.CreditCode };
        return new JsonObject
        {
            ["@context"] = new JsonArray(Context),
            ["id"] = addresses.Licence(facts.Number),
            ["type"] = new JsonArray("VerifiableCredential", LicenceType),
            ["issuer"] = new JsonObject { ["id"] = addresses.Issuer, ["name"] = issuerName },
            ["validFrom"] = Instant(facts.ValidFrom),
            ["validUntil"] = Instant(facts.ValidUntil),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = $"urn:uuid:{facts.LicenseeId}",
                ["licenceNumber"] = facts.Number,
                ["licensee"] = licensee,
                ["region"] = facts.RegionCode,
                ["usageScope"] = new JsonObject
                {
                    ["activities"] = new JsonArray([.. facts.Scope.Activities.Select(a => (JsonNode)a.ToString())]),
                    ["venues"] = new JsonArray([.. facts.Scope.Venues.Select(v => (JsonNode)v)]),
                    ["onlineChannels"] = new JsonArray([.. facts.Scope.OnlineChannels.Select(c => (JsonNode)c)]),
                },
                // The ministry signs every credential; a unit that granted by delegation is the party it signs for.
                ["issuingAuthority"] = unit is null
                    ? new JsonObject { ["kind"] = "ministry", ["name"] = issuerName }
                    : new JsonObject { ["kind"] = "reportingUnit", ["code"] = unit.Code, ["name"] = unit.NameZh, ["onBehalfOf"] = true },
            },
            ["credentialStatus"] = new JsonArray([.. StatusPurposes.All.Select(p => (JsonNode)Entry(p, position, addresses))]),
            ["iss"] = addresses.Issuer,
            ["jti"] = addresses.Licence(facts.Number),
            ["nbf"] = facts.ValidFrom.ToUnixTimeSeconds(),
            ["exp"] = facts.ValidUntil.ToUnixTimeSeconds(),
        };
    }

    /// <summary>A status list credential for one purpose and one list, as of <paramref name="asOf"/>.</summary>
    public static JsonObject ForStatusList(
        StatusPurpose purpose, int list, StatusBitstring bits, CredentialAddresses addresses, string issuerName, DateTimeOffset asOf,
        TimeSpan timeToLive)
    {
        var id = addresses.StatusList(purpose, list);
        return new JsonObject
        {
            ["@context"] = new JsonArray(Context),
            ["id"] = id,
            ["type"] = new JsonArray("VerifiableCredential", "BitstringStatusListCredential"),
            ["issuer"] = new JsonObject { ["id"] = addresses.Issuer, ["name"] = issuerName },
            ["validFrom"] = Instant(asOf),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = $"{id}#list",
                ["type"] = "BitstringStatusList",
                ["statusPurpose"] = purpose.Wire(),
                ["encodedList"] = bits.Encode(),
                ["ttl"] = (long)timeToLive.TotalMilliseconds,
            },
            ["iss"] = addresses.Issuer,
            ["iat"] = asOf.ToUnixTimeSeconds(),
        };
    }

    private static JsonObject Entry(StatusPurpose purpose, StatusListPosition position, CredentialAddresses addresses)
    {
        var list = addresses.StatusList(purpose, position.List);
        var index = position.Index.ToString(CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["id"] = $"{list}#{index}",
            ["type"] = "BitstringStatusListEntry",
            ["statusPurpose"] = purpose.Wire(),
            ["statusListIndex"] = index,
            ["statusListCredential"] = list,
        };
    }

    private static string Instant(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

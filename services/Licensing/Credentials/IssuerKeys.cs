using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace PromoMonth.Licensing.Credentials;

/// <summary>The issuer's published keys as a JWKS (RFC 7517): public parameters only, one entry per key, named by kid.</summary>
public static class IssuerKeys
{
    public const string MediaType = "application/jwk-set+json";

    public static JsonObject Jwks(IEnumerable<SecurityKey> keys) =>
        new() { ["keys"] = new JsonArray([.. keys.OfType<ECDsaSecurityKey>().Select(k => (JsonNode)Jwk(k))]) };

    private static JsonObject Jwk(ECDsaSecurityKey key)
    {
        // The public point only: exporting without the private parameter keeps d out of the document by construction.
        var point = key.ECDsa.ExportParameters(includePrivateParameters: false).Q;
        return new JsonObject
        {
            ["kty"] = "EC",
            ["crv"] = "P-256",
            ["x"] = Base64UrlEncoder.Encode(point.X),
            ["y"] = Base64UrlEncoder.Encode(point.Y),
            ["kid"] = key.KeyId,
            ["alg"] = SecurityAlgorithms.EcdsaSha256,
            ["use"] = "sig",
        };
    }
}

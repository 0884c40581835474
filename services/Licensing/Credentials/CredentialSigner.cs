using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;

namespace PromoMonth.Licensing.Credentials;

/// <summary>
/// Secures a credential as a compact JWS (application/vc+jwt): ES256 with the ring's current key, named by kid, with
/// typ "vc+jwt" as VC-JOSE-COSE registers it.
/// </summary>
public sealed class CredentialSigner(CredentialKeyRing ring)
{
    /// <summary>The media type of a credential secured with JOSE, also the JWS typ header.</summary>
    public const string MediaType = "application/vc+jwt";

    public const string Typ = "vc+jwt";

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public string Sign(JsonObject credential) =>
        Handler.CreateToken(credential.ToJsonString(), ring.Signer, new Dictionary<string, object> { ["typ"] = Typ });
}

using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PromoMonth.Licensing.Credentials;
using PromoMonth.ServiceDefaults.Security.SigningKeys;

namespace PromoMonth.UnitTests.Licensing.Credentials;

public sealed class CredentialSigningTests
{
    [Fact]
    public async Task A_credential_is_a_compact_es256_jws_typed_vc_jwt_that_verifies_with_the_published_key_alone()
    {
        var ring = Ring();
        var signer = new CredentialSigner(ring);

        var compact = signer.Sign(new JsonObject { ["id"] = "urn:x", ["iss"] = "https://issuer", ["exp"] = 4_102_444_800 });

        var token = new JsonWebToken(compact);
        Assert.Equal("vc+jwt", token.Typ);
        Assert.Equal("ES256", token.Alg);
        Assert.Equal(ring.KeyIds[0], token.Kid);
        Assert.Equal("urn:x", token.GetPayloadValue<string>("id"));
        var jwks = new JsonWebKeySet(IssuerKeys.Jwks(ring.Published).ToJsonString());
        Assert.All(jwks.Keys, k => Assert.Null(k.D));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(compact, new TokenValidationParameters
        {
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidIssuer = "https://issuer",
            ValidateAudience = false,
            ValidTypes = ["vc+jwt"],
        });
        Assert.True(result.IsValid, result.Exception?.Message);
    }

    [Fact]
    public async Task A_tampered_credential_does_not_verify()
    {
        var ring = Ring();
        var compact = new CredentialSigner(ring).Sign(new JsonObject { ["region"] = "310000", ["exp"] = 4_102_444_800 });
        var parts = compact.Split('.');
        var forged = $"{parts[0]}.{Base64UrlEncoder.Encode("{\"region\":\"110000\",\"exp\":4102444800}")}.{parts[2]}";

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(forged, new TokenValidationParameters
        {
            IssuerSigningKeys = ring.Published,
            ValidateIssuer = false,
            ValidateAudience = false,
        });

        Assert.False(result.IsValid);
    }

    [Fact]
    public void The_dense_qr_code_holds_a_credential_up_to_the_most_a_qr_code_holds_and_none_longer()
    {
        var fits = new string('a', CredentialQr.MaxBytes - 10) + ".Zz-_.0123";
        var longer = fits + "x";

        Assert.Equal(CredentialQr.MaxBytes, fits.Length);
        Assert.NotNull(CredentialQr.Png(fits));
        Assert.Null(CredentialQr.Png(longer));
    }

    /// <summary>A ring holding one new P-256 key, as a rotation pass leaves it.</summary>
    private static CredentialKeyRing Ring()
    {
        var pem = SigningKeyAlgorithm.Es256.CreatePrivateKeyPem();
        var credentials = SigningKeyAlgorithm.Es256.Credentials(pem, Guid.NewGuid().ToString("N"));
        var ring = new CredentialKeyRing(null!);
        ring.Update([credentials]);
        return ring;
    }
}

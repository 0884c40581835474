using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace PromoMonth.ServiceDefaults.Security.SigningKeys;

/// <summary>How a service's keys are made and signed with: RS256 for access tokens, ES256 for credentials.</summary>
public abstract record SigningKeyAlgorithm(string Name)
{
    /// <summary>RSA 2048 with SHA-256: what every OAuth resource server validates.</summary>
    public static readonly SigningKeyAlgorithm Rs256 = new Rsa();

    /// <summary>ECDSA on P-256 with SHA-256: small signatures, so a credential still fits in a QR code.</summary>
    public static readonly SigningKeyAlgorithm Es256 = new Ecdsa();

    /// <summary>A new private key as PKCS#8 PEM.</summary>
    public abstract string CreatePrivateKeyPem();

    /// <summary>The credentials that sign with the stored key, named by its key id.</summary>
    public abstract SigningCredentials Credentials(string privateKeyPem, string keyId);

    private sealed record Rsa() : SigningKeyAlgorithm(SecurityAlgorithms.RsaSha256)
    {
        public override string CreatePrivateKeyPem()
        {
            using var rsa = RSA.Create(2048);
            return rsa.ExportPkcs8PrivateKeyPem();
        }

        public override SigningCredentials Credentials(string privateKeyPem, string keyId)
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(privateKeyPem);
            return new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = keyId }, Name);
        }
    }

    private sealed record Ecdsa() : SigningKeyAlgorithm(SecurityAlgorithms.EcdsaSha256)
    {
        public override string CreatePrivateKeyPem()
        {
            using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            return ecdsa.ExportPkcs8PrivateKeyPem();
        }

        public override SigningCredentials Credentials(string privateKeyPem, string keyId)
        {
            var ecdsa = ECDsa.Create();
            ecdsa.ImportFromPem(privateKeyPem);
            return new SigningCredentials(new ECDsaSecurityKey(ecdsa) { KeyId = keyId }, Name);
        }
    }
}

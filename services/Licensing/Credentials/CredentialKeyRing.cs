using Microsoft.IdentityModel.Tokens;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults.Security.SigningKeys;

namespace PromoMonth.Licensing.Credentials;

/// <summary>
/// The keys this replica signs credentials with (the first) and publishes in the issuer's JWKS (all), as the last
/// rotation pass left them. A new key is published ahead of signing, so a phone that cached the keys yesterday still
/// verifies what is signed today; a retired key stays published until every credential it signed has expired.
/// </summary>
public sealed class CredentialKeyRing(IServiceProvider services) : ISigningKeyRing
{
    private volatile IReadOnlyList<SigningCredentials>? _credentials;

    public IReadOnlyList<string> KeyIds => _credentials?.Select(c => c.Key.KeyId).ToList() ?? [];

    /// <summary>The credentials that sign now.</summary>
    public SigningCredentials Signer => Loaded()[0];

    /// <summary>Every published key.</summary>
    public IReadOnlyList<SecurityKey> Published => [.. Loaded().Select(c => c.Key)];

    public bool Update(IReadOnlyList<SigningCredentials> credentials)
    {
        var before = _credentials;
        _credentials = credentials;
        return before is null || !before.Select(c => c.Key.KeyId).SequenceEqual(credentials.Select(c => c.Key.KeyId));
    }

    private IReadOnlyList<SigningCredentials> Loaded()
    {
        if (_credentials is null)
        {
            // Asked before the start-up pass finished: load the keys now.
            var rotation = services.GetRequiredService<SigningKeyRotation<LicensingDbContext>>();
            rotation.RunOnceAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        return _credentials!;
    }
}

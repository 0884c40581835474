using Microsoft.IdentityModel.Tokens;

namespace PromoMonth.ServiceDefaults.Security.SigningKeys;

/// <summary>Where a rotation pass hands the keys this replica signs with (the first) and publishes (all).</summary>
public interface ISigningKeyRing
{
    /// <summary>The key ids, signer first, as published now.</summary>
    IReadOnlyList<string> KeyIds { get; }

    /// <summary>Replaces the keys when the set or the signer changed; answers whether it did.</summary>
    bool Update(IReadOnlyList<SigningCredentials> credentials);
}

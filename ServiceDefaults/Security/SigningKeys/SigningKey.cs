namespace PromoMonth.ServiceDefaults.Security.SigningKeys;

/// <summary>
/// A key that signs tokens or credentials, kept in the database so every replica signs with and publishes the same keys.
/// Its private key is stored protected by ASP.NET Core Data Protection, whose key ring lives outside this database.
/// </summary>
public sealed class SigningKey
{
    public Guid Id { get; init; }

    /// <summary>The PKCS#8 PEM private key as a Data Protection payload (plain PEM only in rows written before protection).</summary>
    public required string ProtectedKey { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it starts signing; published in the JWKS from its creation, so that validators know it beforehand.</summary>
    public DateTimeOffset ActivatesAt { get; init; }
}

namespace PromoMonth.Identity.Domain;

/// <summary>An RSA key that signs access tokens; kept in the database so every replica signs with the same key.</summary>
public sealed class SigningKey
{
    public Guid Id { get; init; }
    public required string PrivateKeyPem { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

namespace PromoMonth.Licensing.Credentials;

/// <summary>What a credential's issuer id resolves to: who signs, and where its public keys are.</summary>
public sealed record IssuerDocument(string Id, string Name, string JwksUri);

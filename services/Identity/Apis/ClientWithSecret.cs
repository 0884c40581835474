namespace PromoMonth.Identity.Apis;

/// <summary>The only answer that ever carries a client secret: keep it, it is stored hashed.</summary>
public sealed record ClientWithSecret(ClientResponse Client, string ClientSecret);

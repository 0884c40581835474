namespace PromoMonth.Licensing.Credentials;

/// <summary>The public addresses credentials name, all under the gateway's public base URL (Licensing:PublicBaseUrl).</summary>
public sealed record CredentialAddresses(string PublicBaseUrl)
{
    private string Base => PublicBaseUrl.TrimEnd('/');

    /// <summary>The issuer's id: a document naming the ministry, with its keys.</summary>
    public string Issuer => $"{Base}/api/verify/issuer";

    /// <summary>The issuer's public keys, old ones kept until the last credential they signed has expired.</summary>
    public string Jwks => $"{Base}/api/verify/issuer/jwks.json";

    /// <summary>A licence credential's id: the page its QR code opens, so the id itself is checkable by a person.</summary>
    public string Licence(string number) => $"{Base}/verify/{Uri.EscapeDataString(number)}";

    /// <summary>A status list credential's stable address.</summary>
    public string StatusList(StatusPurpose purpose, int list) => $"{Base}/api/verify/status/{purpose.Wire()}/{list}";
}

using PromoMonth.Licensing.Domain;

namespace PromoMonth.Licensing.Infrastructure;

/// <summary>Licensing:… settings the ministry controls.</summary>
public sealed class LicensingOptions
{
    /// <summary>Days a licence runs past the campaign's last day by default.</summary>
    public int GracePeriodDays { get; set; } = 30;

    /// <summary>No licence runs longer than this from its grant.</summary>
    public int MaxValidityDays { get; set; } = 120;

    /// <summary>The public address QR codes point at (the gateway as people reach it).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>The issuer's name in every credential: the ministry signs them all, also those a unit granted.</summary>
    public string IssuerName { get; set; } = "中华人民共和国商务部";

    /// <summary>The validity limits as the grant rules take them.</summary>
    public LicenseGrantPolicy GrantPolicy() => new(GracePeriodDays, MaxValidityDays);
}

namespace PromoMonth.Identity.Seeding;

public sealed class ClientSeedOptions
{
    /// <summary>Development only: every seeded client's secret is "&lt;client id&gt;-secret" (documented in the README).</summary>
    public bool UseDevelopmentSecrets { get; set; }

    /// <summary>Secrets of the seeded clients by client id, from configuration or AppHost secret parameters.</summary>
    public Dictionary<string, string> ClientSecrets { get; set; } = [];
}

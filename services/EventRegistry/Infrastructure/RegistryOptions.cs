namespace PromoMonth.EventRegistry.Infrastructure;

/// <summary>Registry:… settings.</summary>
public sealed class RegistryOptions
{
    /// <summary>
    /// The public address (the gateway as people reach it) that the catalog's JSON-LD identifiers are built on: never a
    /// request's Host, which any client can forge.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>The authority that publishes the catalog as an open dataset (DCAT's publisher).</summary>
    public string PublisherName { get; set; } = "中华人民共和国商务部";
}

using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>The optional body of POST /api/registry/catalog-releases: which campaign (the current one when absent).</summary>
public sealed record PublishRequest(Guid? CampaignId) : IDocumentedExample<PublishRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static PublishRequest Example => new(Guid.Parse("0194c9e2-5a00-7000-8000-000000002020"));
}

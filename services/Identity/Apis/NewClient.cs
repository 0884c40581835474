using PromoMonth.ServiceDefaults.OpenApi;
namespace PromoMonth.Identity.Apis;

/// <summary>The body of POST /api/identity/clients.</summary>
public sealed record NewClient(
    string? ClientId, string? DisplayName, string? Kind, string? RegionCode, string[]? Scopes, int? AccessTokenLifetimeSeconds)
    : IDocumentedExample<NewClient>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static NewClient Example => new("unit-320000-stats", "江苏省商务厅统计系统", "reportingUnit", "320000", ["statistics"], 600);
}
